package dev.boundarytracer.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTrackerTest {
  private static final RedFlag SLOW =
      new RedFlag("EXTRACT_SLOW", Severity.CRITICAL, Phase.EXTRACT, "slow", "do less");

  private static OperationSnapshot calls(long n, List<RedFlag> flags) {
    return OperationFixture.healthyInsertMany().calls(n).build().withRedFlags(flags);
  }

  @Test
  void figuresAreThoseOfTheIntervalAndFlagsAreNewOnce() {
    IntervalTracker t = new IntervalTracker(0, 0);
    IntervalFigures first =
        t.next(OperationFixture.profile(calls(10, List.of())), 2_000_000_000L, 0);
    assertEquals(10, first.operations().get(0).calls());
    assertEquals(2.0, first.intervalSeconds(), 1e-9);
    assertTrue(first.newRedFlags().isEmpty());

    IntervalFigures second =
        t.next(OperationFixture.profile(calls(25, List.of(SLOW))), 4_000_000_000L, 0);
    assertEquals(15, second.operations().get(0).calls());
    assertEquals(15_000, second.operations().get(0).docs());
    assertEquals(25, second.operations().get(0).totalCalls());
    assertEquals(1, second.newRedFlags().size());
    assertEquals("insert_many", second.newRedFlags().get(0).subject());

    IntervalFigures third =
        t.next(OperationFixture.profile(calls(25, List.of(SLOW))), 5_000_000_000L, 0);
    assertEquals(0, third.operations().get(0).calls());
    assertTrue(third.newRedFlags().isEmpty(), "a flag is printed once");
  }

  @Test
  void aResetInBetweenCountsEverythingAsNew() {
    IntervalTracker t = new IntervalTracker(0, 0);
    t.next(OperationFixture.profile(calls(25, List.of())), 1_000_000_000L, 0);
    IntervalFigures after =
        t.next(OperationFixture.profile(calls(4, List.of())), 2_000_000_000L, 0);
    assertEquals(4, after.operations().get(0).calls());
  }

  @Test
  void textAndJsonCarryTheFigures() {
    IntervalTracker t = new IntervalTracker(0, 0);
    IntervalFigures f =
        t.next(OperationFixture.profile(calls(10, List.of(SLOW))), 1_000_000_000L, 0);
    String text = IntervalText.format(f);
    assertTrue(text.startsWith("[boundary-tracer] live 00:00:00Z  interval 1.0s"), text);
    assertTrue(text.contains("insert_many") && text.contains("10.0 ops/s"), text);
    assertTrue(text.contains("new red flag CRITICAL insert_many EXTRACT_SLOW: slow"), text);
    String json = IntervalJson.format(f);
    assertEquals(1, json.lines().count());
    assertTrue(json.contains("\"calls\":10") && json.contains("\"id\":\"EXTRACT_SLOW\""), json);
  }
}
