package dev.boundarytracer.agent.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhaseTimelineTest {
  private static PhaseTimeline.Interval interval(long start, long end, String phase, boolean task) {
    return new PhaseTimeline.Interval(start, end, "op", phase, task);
  }

  @Test
  void findsTheIntervalContainingTheInstantOnThatThreadOnly() {
    PhaseTimeline t = new PhaseTimeline();
    t.add(1, interval(100, 200, "EXTRACT", false));
    t.add(1, interval(300, 400, "CONVERT", false));
    t.add(2, interval(150, 350, "NETWORK", true));
    t.seal();
    assertEquals("EXTRACT", t.at(1, 150).phase());
    assertEquals("CONVERT", t.at(1, 300).phase());
    assertNull(t.at(1, 250), "between two phases");
    assertNull(t.at(1, 50), "before the first");
    assertNull(t.at(1, 401), "after the last");
    assertEquals("NETWORK", t.at(2, 250).phase());
    assertNull(t.at(3, 150), "a thread with no intervals");
  }

  @Test
  void theInnermostOfNestedIntervalsWins() {
    PhaseTimeline t = new PhaseTimeline();
    t.add(1, interval(0, 1000, "CONVERT", false));
    for (int i = 0; i < 50; i++) {
      t.add(1, interval(10 + i * 10, 15 + i * 10, "EXTRACT", true));
    }
    t.seal();
    assertEquals("EXTRACT", t.at(1, 12).phase(), "inside a task the phase's thread runs itself");
    assertEquals("CONVERT", t.at(1, 18).phase(), "between tasks: the enclosing phase");
    assertEquals("CONVERT", t.at(1, 999).phase(), "after the last task: the enclosing phase");
  }
}
