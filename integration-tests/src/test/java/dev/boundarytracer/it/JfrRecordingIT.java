package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.BridgeMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jdk.jfr.DataAmount;
import jdk.jfr.EventType;
import jdk.jfr.Percentage;
import jdk.jfr.Timespan;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.item.Attribute;
import org.openjdk.jmc.common.item.IAttribute;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrAttributes;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

/**
 * The recording ({@code jfr=}) of the demo's {@code contended} run, read with JDK Mission Control's
 * own parser and with {@code jdk.jfr.consumer}: its events agree with the JSON report of the same
 * run, and its event types carry the labels, category and units JMC shows.
 */
class JfrRecordingIT {
  private static final String PHASE = "dev.boundarytracer.Phase";
  private static final String OPERATION = "dev.boundarytracer.Operation";
  private static final String RED_FLAG = "dev.boundarytracer.RedFlag";
  private static final String STATISTICS = "dev.boundarytracer.PhaseStatistics";
  private static final String CONFIGURATION = "dev.boundarytracer.Configuration";
  private static final double TOLERANCE = 0.01;

  private static DemoRun demo;
  private static List<RecordedEvent> events;

  @BeforeAll
  static void runDemo() throws IOException {
    demo = DemoRuns.onCurrentJava("contended");
    events = RecordingFile.readAllEvents(demo.jfrPath());
  }

  @Test
  void phaseEventsReadByJmcMatchTheJsonCountsAndSums()
      throws IOException, CouldNotLoadRecordingException {
    IItemCollection phases =
        JfrLoaderToolkit.loadEvents(demo.jfrPath().toFile()).apply(ItemFilters.type(PHASE));
    IAttribute<String> operationAttr =
        Attribute.attr("operation", "Operation", UnitLookup.PLAIN_TEXT);
    IAttribute<String> phaseAttr = Attribute.attr("phase", "Phase", UnitLookup.PLAIN_TEXT);
    Map<String, long[]> countAndSum = new TreeMap<>();
    for (IItemIterable items : phases) {
      assertEquals("Boundary Phase", items.getType().getName(), "JMC's name (the @Label)");
      IMemberAccessor<IQuantity, IItem> duration =
          JfrAttributes.DURATION.getAccessor(items.getType());
      IMemberAccessor<String, IItem> operation = operationAttr.getAccessor(items.getType());
      IMemberAccessor<String, IItem> phase = phaseAttr.getAccessor(items.getType());
      assertNotNull(operation, "JMC finds no 'operation' text attribute on " + PHASE);
      assertNotNull(phase, "JMC finds no 'phase' text attribute on " + PHASE);
      for (IItem item : items) {
        long[] cs =
            countAndSum.computeIfAbsent(
                operation.getMember(item) + "/" + phase.getMember(item), k -> new long[2]);
        cs[0]++;
        cs[1] += duration.getMember(item).clampedLongValueIn(UnitLookup.NANOSECOND);
      }
    }
    assertMatchesJson("JMC", countAndSum);
  }

  @Test
  void phaseEventsReadByRecordingFileMatchTheJsonCountsAndSums() {
    Map<String, long[]> countAndSum = new TreeMap<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(PHASE)) {
        long[] cs =
            countAndSum.computeIfAbsent(
                e.getString("operation") + "/" + e.getString("phase"), k -> new long[2]);
        cs[0]++;
        cs[1] += e.getDuration().toNanos();
        assertFalse(e.getBoolean("failed"), "failed phase event " + e);
        String method = e.getString("method");
        assertTrue(
            method != null && method.startsWith("dev.boundarytracer.demo.") && method.contains("#"),
            "the Phase event names the method it timed: " + e);
      }
      if (e.getEventType().getName().equals(OPERATION)) {
        int threads = e.getInt("convertThreads");
        if (threads >= 2) {
          assertTrue(e.getBoolean("parallel"), "measured two threads, parallel: " + e);
        } else if (threads == 1) {
          assertFalse(e.getBoolean("parallel"), "measured one thread, not parallel: " + e);
        }
      }
      if (e.getEventType().getName().equals("dev.boundarytracer.RedFlag")
          && e.getString("flagId").startsWith("LOCK_")) {
        assertEquals(null, e.getString("phase"), "an operation-level flag has no phase: " + e);
      }
    }
    assertMatchesJson("RecordingFile", countAndSum);
  }

  @Test
  void operationEventsMatchTheJsonCountsDurationsAndLockHeldTime() {
    Map<String, long[]> countAndHeld = new TreeMap<>();
    Map<String, long[]> countAndSum = new TreeMap<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(OPERATION)) {
        long[] ch = countAndHeld.computeIfAbsent(e.getString("operation"), k -> new long[2]);
        ch[0]++;
        ch[1] += e.getLong("lockHeldTime");
        long[] cs = countAndSum.computeIfAbsent(e.getString("operation"), k -> new long[2]);
        cs[0]++;
        cs[1] += e.getDuration().toNanos();
        double ratio = e.getDouble("lockHeld");
        assertTrue(ratio >= 0 && ratio <= 1, "lockHeld " + ratio + " in " + e);
      }
    }
    Map<String, JsonNode> ops = JsonReports.operations(demo.json());
    assertEquals(ops.keySet(), countAndHeld.keySet(), "operations with Operation events");
    for (Map.Entry<String, long[]> entry : countAndHeld.entrySet()) {
      JsonNode op = ops.get(entry.getKey());
      assertEquals(op.path("count").asLong(), entry.getValue()[0], entry.getKey() + " events");
      long jsonHeld = op.path("lockHeldNanos").asLong();
      System.out.printf(
          "[jfr] %s Operation.lockHeldTime sum %d ns, JSON lockHeldNanos %d ns%n",
          entry.getKey(), entry.getValue()[1], jsonHeld);
      assertEquals(
          jsonHeld, entry.getValue()[1], jsonHeld * TOLERANCE, entry.getKey() + " lockHeldNanos");
    }
    Map<String, long[]> json = new TreeMap<>();
    for (JsonNode op : ops.values()) {
      json.put(
          op.path("name").asText(),
          new long[] {op.path("count").asLong(), op.path("totalNanos").path("sum").asLong()});
    }
    assertSumsMatch("Operation", json, countAndSum);
  }

  @Test
  void jmcReadsTheOperationFieldsWithTheirUnits()
      throws IOException, CouldNotLoadRecordingException {
    IItemCollection ops =
        JfrLoaderToolkit.loadEvents(demo.jfrPath().toFile()).apply(ItemFilters.type(OPERATION));
    boolean seen = false;
    for (IItemIterable items : ops) {
      seen |= items.hasItems();
      var type = items.getType();
      assertNotNull(
          Attribute.attr("lockHeld", "Lock Held", UnitLookup.PERCENTAGE).getAccessor(type),
          "JMC does not read lockHeld as a percentage");
      assertNotNull(
          Attribute.attr("lockHeldTime", "Lock Held Time", UnitLookup.TIMESPAN).getAccessor(type),
          "JMC does not read lockHeldTime as a timespan");
      assertNotNull(
          Attribute.attr("allocated", "Allocated", UnitLookup.MEMORY).getAccessor(type),
          "JMC does not read allocated as a memory amount");
    }
    assertTrue(seen, "no " + OPERATION + " events");
  }

  @Test
  void eventTypesHaveLabelsDescriptionsAndTheCategory() throws IOException {
    Map<String, EventType> types = boundaryEventTypes();
    assertEquals(
        Set.of(
            PHASE,
            OPERATION,
            RED_FLAG,
            STATISTICS,
            JfrLockEventsIT.LOCK_HOLD,
            JfrLockEventsIT.LOCK_STATISTICS,
            CONFIGURATION,
            "dev.boundarytracer.Task"),
        types.keySet(),
        "event types");
    for (EventType type : types.values()) {
      assertFalse(blank(type.getLabel()), type.getName() + " has no @Label");
      assertFalse(blank(type.getDescription()), type.getName() + " has no @Description");
      assertEquals(
          List.of("Boundary Tracer"), type.getCategoryNames(), type.getName() + " category");
      for (ValueDescriptor field : type.getFields()) {
        if (!Set.of("startTime", "duration", "eventThread").contains(field.getName())) {
          assertFalse(blank(field.getLabel()), type.getName() + "." + field.getName() + " @Label");
          assertFalse(
              blank(field.getDescription()),
              type.getName() + "." + field.getName() + " @Description");
        }
      }
    }
  }

  @Test
  void eventFieldsDeclareTheirUnits() throws IOException {
    Map<String, EventType> types = boundaryEventTypes();
    EventType op = types.get(OPERATION);
    assertNotNull(op.getField("lockHeld").getAnnotation(Percentage.class), "lockHeld");
    assertEquals("jdk.jfr.Percentage", op.getField("lockHeld").getContentType());
    assertEquals(
        Timespan.NANOSECONDS,
        op.getField("lockHeldTime").getAnnotation(Timespan.class).value(),
        "lockHeldTime");
    assertEquals(
        DataAmount.BYTES,
        op.getField("allocated").getAnnotation(DataAmount.class).value(),
        "allocated");
    EventType stats = types.get(STATISTICS);
    for (String field : List.of("mean", "p50", "p99", "max")) {
      Timespan unit = stats.getField(field).getAnnotation(Timespan.class);
      assertNotNull(unit, STATISTICS + "." + field + " has no @Timespan");
      assertEquals(Timespan.NANOSECONDS, unit.value(), STATISTICS + "." + field);
    }
  }

  @Test
  void aRecordingStartedByTheUserGetsTheEventsWithoutStackTraces() throws Exception {
    Path dir = Artifacts.freshWorkDir("jfr-user-recording");
    Path jfr = dir.resolve("user.jfr");
    JvmRun run =
        TestApps.withAgent(BridgeMain.class, "report=off")
            .withJvmArgs("-XX:StartFlightRecording:dumponexit=true,filename=" + jfr)
            .withArgs("6")
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    Map<String, Integer> counts = new TreeMap<>();
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      String type = e.getEventType().getName();
      if (type.equals(PHASE) || type.equals(OPERATION)) {
        counts.merge(type, 1, Integer::sum);
        // The JDK's default settings keep stack traces unless the event type says
        // @StackTrace(false).
        assertNull(e.getStackTrace(), "stack trace in " + e);
      }
    }
    assertEquals(Map.of(OPERATION, 6, PHASE, 24), counts, "events of 6 store_orders calls");
  }

  @Test
  void carriesTheThresholdsAtTheStartOfTheRecording() {
    List<RecordedEvent> configurations = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(CONFIGURATION)) {
        configurations.add(e);
      }
    }
    assertFalse(configurations.isEmpty(), "no " + CONFIGURATION + " event");
    RecordedEvent c = configurations.get(0);
    assertEquals(1_000_000L, c.getLong("extractTarget"), "extractTarget, ns per 1000 docs");
    assertEquals(5_000_000L, c.getLong("extractCritical"), "extractCritical");
    assertEquals(10_000_000L, c.getLong("convertTarget"), "convertTarget");
    assertEquals(50L, c.getLong("convertParallelDocs"), "convertParallelDocs");
    assertEquals(2_000_000L, c.getLong("materializeTarget"), "materializeTarget");
    assertEquals(5_000_000L, c.getLong("materializeCritical"), "materializeCritical");
    assertEquals(0.30, c.getDouble("lockHeldTarget"), 1e-9, "lockHeldTarget");
    assertEquals(0.50, c.getDouble("lockHeldCritical"), 1e-9, "lockHeldCritical");
    assertEquals(2.0, c.getDouble("lockReleasesTarget"), 1e-9, "lockReleasesTarget");
    assertEquals(0.10, c.getDouble("lockMismatch"), 1e-9, "lockMismatch");
    assertEquals(0.10, c.getDouble("lockContended"), 1e-9, "lockContended");
    assertEquals(0.90, c.getDouble("lockSaturated"), 1e-9, "lockSaturated");
    assertFalse(blank(c.getString("agentVersion")), "agentVersion");
  }

  @Test
  void redFlagEventsMatchTheJsonFlags() {
    Set<String> recorded = new TreeSet<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(RED_FLAG)) {
        recorded.add(
            e.getString("operation") + "/" + e.getString("flagId") + "/" + e.getString("severity"));
        assertFalse(blank(e.getString("message")), "message of " + e);
        assertFalse(blank(e.getString("recommendation")), "recommendation of " + e);
      }
    }
    Set<String> json = JsonReports.flags(demo.json());
    assertFalse(json.isEmpty(), "the contended run raised no flag to compare");
    assertEquals(json, recorded, "RedFlag events (operation/flagId/severity)");
  }

  @Test
  void emitsPeriodicPhaseStatisticsForRecordedPhases() {
    Set<String> keys = new TreeSet<>();
    long calls = 0;
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(STATISTICS)) {
        keys.add(e.getString("operation") + "/" + e.getString("phase"));
        calls += e.getLong("count");
      }
    }
    assertFalse(keys.isEmpty(), "no " + STATISTICS + " events");
    long jsonCalls = 0;
    Set<String> jsonKeys = new TreeSet<>();
    for (JsonNode op : demo.json().path("operations")) {
      for (JsonNode phase : op.path("phases")) {
        jsonKeys.add(op.path("name").asText() + "/" + phase.path("phase").asText());
        jsonCalls += phase.path("count").asLong();
      }
    }
    assertTrue(jsonKeys.containsAll(keys), "statistics for unknown phases: " + keys);
    assertTrue(calls <= jsonCalls, "statistics count " + calls + " calls, JSON " + jsonCalls);
  }

  /** Compares per-(operation, phase) Phase event counts and duration sums with the JSON. */
  private void assertMatchesJson(String reader, Map<String, long[]> countAndSum) {
    Map<String, long[]> json = new TreeMap<>();
    for (JsonNode op : demo.json().path("operations")) {
      for (JsonNode phase : op.path("phases")) {
        json.put(
            op.path("name").asText() + "/" + phase.path("phase").asText(),
            new long[] {phase.path("count").asLong(), phase.path("nanos").path("sum").asLong()});
      }
    }
    assertSumsMatch("Phase/" + reader, json, countAndSum);
  }

  /**
   * Compares event counts and duration sums per key with the JSON's. Counts must be equal; sums may
   * differ by at most 1 % of the JSON sum (the agent reads the JFR clock and its own in the same
   * order on entry and exit, so only the clocks' rates and scheduling separate them).
   *
   * @param what names the events in messages
   * @param json key to {count, sum of nanoseconds} from the JSON report
   * @param recorded key to {count, sum of nanoseconds} from the recording
   */
  private static void assertSumsMatch(
      String what, Map<String, long[]> json, Map<String, long[]> recorded) {
    assertEquals(json.keySet(), recorded.keySet(), what + ": keys with events");
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, long[]> e : json.entrySet()) {
      long[] rec = recorded.get(e.getKey());
      long jsonCount = e.getValue()[0];
      long jsonSum = e.getValue()[1];
      long diff = rec[1] - jsonSum;
      String line =
          String.format(
              "%s: %d events (JSON %d), durations %d ns (JSON %d ns, %+d ns = %+.3f %%, %+.0f ns"
                  + " per event)",
              e.getKey(),
              rec[0],
              jsonCount,
              rec[1],
              jsonSum,
              diff,
              100.0 * diff / jsonSum,
              (double) diff / Math.max(1, jsonCount));
      System.out.println("[jfr/" + what + "] " + line);
      long allowedNanos = Math.round(jsonSum * TOLERANCE);
      if (rec[0] != jsonCount || Math.abs(diff) > allowedNanos) {
        mismatches.add(line);
      }
    }
    assertEquals(List.of(), mismatches, what + ": events that disagree with the JSON");
  }

  private static Map<String, EventType> boundaryEventTypes() throws IOException {
    Map<String, EventType> types = new TreeMap<>();
    try (RecordingFile file = new RecordingFile(demo.jfrPath())) {
      for (EventType type : file.readEventTypes()) {
        if (type.getName().startsWith("dev.boundarytracer.")) {
          types.put(type.getName(), type);
        }
      }
    }
    return types;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
