package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.JsonReports;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

/**
 * The lock events of the demo's {@code contended} recording: {@code LockHold} for holds of the
 * designated lock from 1 ms, periodic {@code LockStatistics}, and the measured lock fields of the
 * phase and operation events, each against the JSON report of the same run.
 */
class JfrLockEventsIT {
  static final String LOCK_HOLD = "dev.boundarytracer.LockHold";
  static final String LOCK_STATISTICS = "dev.boundarytracer.LockStatistics";
  private static final double TOLERANCE = 0.01;

  private static DemoRun demo;
  private static List<RecordedEvent> events;

  @BeforeAll
  static void runDemo() throws IOException {
    // Long enough for several periods of the 1 s LockStatistics event, however fast the machine.
    demo = DemoRuns.forDuration("contended", "4s");
    events = RecordingFile.readAllEvents(demo.jfrPath());
  }

  @Test
  void lockHoldEventsAreTheHoldsOfTheDesignatedLockFromOneMillisecond() {
    long count = 0;
    long sumNanos = 0;
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(LOCK_HOLD)) {
        count++;
        assertEquals("gil", e.getString("lock"), "lock name");
        assertTrue(e.getDuration().toNanos() >= 1_000_000, "below the threshold: " + e);
        assertTrue(e.getThread() != null, "holder thread");
        sumNanos += e.getDuration().toNanos();
      }
    }
    JsonNode lock = demo.json().path("locks").path(0);
    assertTrue(count > 0, "no " + LOCK_HOLD + " events");
    assertTrue(count <= lock.path("holdNanos").path("count").asLong(), "more events than holds");
    assertTrue(sumNanos <= lock.path("heldNanos").asLong() * (1 + TOLERANCE), "held sum");
  }

  @Test
  void jmcShowsLockHoldsBesideTheJdksMonitorEvents()
      throws IOException, CouldNotLoadRecordingException {
    IItemCollection holds =
        JfrLoaderToolkit.loadEvents(demo.jfrPath().toFile()).apply(ItemFilters.type(LOCK_HOLD));
    assertTrue(holds.hasItems(), "JMC finds no " + LOCK_HOLD + " events");
  }

  @Test
  void lockStatisticsGiveTheUtilizationPeriodically() {
    long count = 0;
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(LOCK_STATISTICS)) {
        count++;
        assertEquals("gil", e.getString("lock"));
        double utilization = e.getDouble("utilization");
        double interval = e.getDouble("intervalUtilization");
        assertTrue(utilization >= 0 && utilization <= 1, "utilization " + utilization);
        assertTrue(interval >= 0 && interval <= 1, "interval utilization " + interval);
      }
    }
    assertTrue(count >= 2, LOCK_STATISTICS + " events: " + count);
  }

  @Test
  void phaseAndOperationEventsCarryTheMeasuredLockFigures() {
    Map<String, long[]> phaseHeldAndWait = new TreeMap<>();
    Map<String, long[]> opAcquisitions = new TreeMap<>();
    for (RecordedEvent e : events) {
      String type = e.getEventType().getName();
      if (type.equals("dev.boundarytracer.Phase")) {
        assertEquals("MEASURED", e.getString("lockSource"));
        long[] hw =
            phaseHeldAndWait.computeIfAbsent(
                e.getString("operation") + "/" + e.getString("phase"), k -> new long[2]);
        hw[0] += e.getLong("lockHeldTime");
        hw[1] += e.getLong("lockWaitTime");
      } else if (type.equals("dev.boundarytracer.Operation")) {
        assertEquals("MEASURED", e.getString("lockSource"));
        opAcquisitions.merge(
            e.getString("operation"),
            new long[] {e.getLong("lockAcquisitions")},
            (a, b) -> new long[] {a[0] + b[0]});
      }
    }
    for (JsonNode op : demo.json().path("operations")) {
      String name = op.path("name").asText();
      assertEquals(
          op.path("lockAcquisitions").asLong(), opAcquisitions.get(name)[0], name + " acquired");
      for (JsonNode phase : JsonReports.phases(op).values()) {
        String key = name + "/" + phase.path("phase").asText();
        long held = phase.path("lockHeldNanos").asLong();
        long wait = phase.path("lockWaitNanos").asLong();
        assertEquals(held, phaseHeldAndWait.get(key)[0], held * TOLERANCE + 1, key + " held");
        assertEquals(wait, phaseHeldAndWait.get(key)[1], wait * TOLERANCE + 1, key + " wait");
      }
    }
  }
}
