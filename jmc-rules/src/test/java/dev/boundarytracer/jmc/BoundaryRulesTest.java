package dev.boundarytracer.jmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.jfr.OperationEvent;
import dev.boundarytracer.jfr.PhaseEvent;
import dev.boundarytracer.jfr.PhaseStatisticsEvent;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.jmc.rules.ConvertParallelLimitedRule;
import dev.boundarytracer.jmc.rules.ConvertParallelRule;
import dev.boundarytracer.jmc.rules.ExtractCostRule;
import dev.boundarytracer.jmc.rules.LockHeldRule;
import dev.boundarytracer.jmc.rules.LockReleasesRule;
import dev.boundarytracer.jmc.rules.LockSaturationRule;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;

/**
 * The rules over small recordings written here with the agent's own event classes: one operation of
 * 100 documents whose extract (lock held) takes at least 2 ms per call, its convert runs on one
 * thread, and which releases the lock once per call.
 */
class BoundaryRulesTest {
  private static final int CALLS = 6;
  private static final int DOCS = 100;

  @TempDir Path dir;

  // Threads the tasks of each convert call ran on, 0 when convert hands nothing off.
  private int convertThreads;

  @Test
  void judgesTheRecordedCallsWithTheDefaultThresholdsWhenNoneAreRecorded() throws Exception {
    IItemCollection items = record(null);
    RecordedProfile profile = RecordedProfile.read(items);
    assertFalse(profile.thresholdsRecorded());
    // 2 ms per 100 documents is 20 ms per 1000: above the 5 ms red-flag level.
    assertResult(items, new ExtractCostRule(), Severity.WARNING, 100, "EXTRACT_SLOW");
    assertResult(items, new ConvertParallelRule(), Severity.WARNING, 100, "CONVERT_NOT_PARALLEL");
    // Convert hands nothing off: serial code, not parallel code short of threads.
    assertResult(items, new ConvertParallelLimitedRule(), Severity.OK, 0, "handed no work");
    // One release per call: below the target of two, above none.
    assertResult(items, new LockReleasesRule(), Severity.INFO, 50, "LOCK_RELEASES_BELOW_TARGET");
    // Extract (held) is most of the wall time.
    assertResult(items, new LockHeldRule(), Severity.WARNING, 100, "LOCK_HELD_HIGH");
  }

  @Test
  void convertWhoseTasksRanOnOneThreadIsLimitedParallelism() throws Exception {
    convertThreads = 1;
    IItemCollection items = record(null);
    assertResult(
        items,
        new ConvertParallelLimitedRule(),
        Severity.INFO,
        50,
        "its tasks ran on two or more threads in only 0 of them");
  }

  @Test
  void usesTheThresholdsTheRecordingCarries() throws Exception {
    ConfigurationEvent limits = new ConfigurationEvent();
    limits.extractTarget = 1_000_000_000L;
    limits.extractCritical = 2_000_000_000L;
    limits.convertTarget = 10_000_000L;
    limits.materializeTarget = 2_000_000L;
    limits.materializeCritical = 5_000_000L;
    limits.convertParallelDocs = 1_000;
    limits.lockHeldTarget = 0.99;
    limits.lockHeldCritical = 0.995;
    limits.lockReleasesTarget = 1;
    limits.lockMismatch = 0.10;
    limits.lockContended = 0.10;
    limits.lockSaturated = 0.90;
    IItemCollection items = record(limits);
    RecordedProfile profile = RecordedProfile.read(items);
    assertTrue(profile.thresholdsRecorded());
    assertEquals(2_000_000_000L, profile.thresholds().extractCriticalNanos());
    assertEquals(0.995, profile.thresholds().lockHeldCritical(), 1e-9);
    assertResult(items, new ExtractCostRule(), Severity.OK, 0, "target below 1000 ms");
    assertResult(items, new ConvertParallelRule(), Severity.OK, 0, "at 1000 docs/op or more");
    assertResult(items, new LockReleasesRule(), Severity.OK, 0, "target at least 1");
  }

  @Test
  void saysNotApplicableWithoutADesignatedLock() throws Exception {
    IResult result = evaluate(record(null), new LockSaturationRule());
    assertEquals(Severity.NA, result.getSeverity());
    assertEquals(0, result.getResult(TypedResult.SCORE).doubleValueIn(UnitLookup.NUMBER_UNITY));
  }

  @Test
  void fallsBackToThePhaseStatisticsWhenPerCallPhaseEventsAreMissing() throws Exception {
    Path file = dir.resolve("statistics.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("dev.boundarytracer.Operation").withThreshold(java.time.Duration.ZERO);
      recording.enable("dev.boundarytracer.PhaseStatistics");
      recording.start();
      for (int i = 0; i < CALLS; i++) {
        OperationEvent op = new OperationEvent();
        op.begin();
        op.end();
        op.operation = "bulk";
        op.docs = DOCS;
        op.lockReleases = 2;
        op.commit();
      }
      // Two intervals of extract: 6 calls with a mean of 3 ms, i.e. 30 ms per 1000 documents.
      for (long count : new long[] {2, 4}) {
        PhaseStatisticsEvent stats = new PhaseStatisticsEvent();
        stats.operation = "bulk";
        stats.phase = "EXTRACT";
        stats.count = count;
        stats.mean = 3_000_000;
        stats.p50 = 3_000_000;
        stats.p99 = 3_100_000;
        stats.max = 3_100_000;
        stats.commit();
      }
      recording.stop();
      recording.dump(file);
    }
    IItemCollection items = JfrLoaderToolkit.loadEvents(file.toFile());
    assertResult(items, new ExtractCostRule(), Severity.WARNING, 100, "30.00 ms per 1000 docs");
    assertEquals(
        CALLS,
        RecordedProfile.read(items)
            .profile()
            .operations()
            .get(0)
            .phase(dev.boundarytracer.Phase.EXTRACT)
            .count());
  }

  private IItemCollection record(ConfigurationEvent limits) throws Exception {
    Path file = dir.resolve("rules-" + System.nanoTime() + ".jfr");
    try (Recording recording = new Recording()) {
      for (String type :
          new String[] {"dev.boundarytracer.Phase", "dev.boundarytracer.Operation"}) {
        recording.enable(type).withThreshold(java.time.Duration.ZERO);
      }
      recording.enable(ConfigurationEvent.class);
      recording.start();
      if (limits != null) {
        limits.commit();
      }
      for (int i = 0; i < CALLS; i++) {
        OperationEvent op = new OperationEvent();
        op.begin();
        long heldStart = System.nanoTime();
        phase("EXTRACT", "HELD", 2, 0);
        long held = System.nanoTime() - heldStart;
        phase("CONVERT", "RELEASED", 0, convertThreads);
        op.end();
        op.operation = "bulk";
        op.docs = DOCS;
        op.lockHeldTime = held;
        op.lockReleases = 1;
        op.commit();
      }
      recording.stop();
      recording.dump(file);
    }
    assertTrue(Files.size(file) > 0);
    return JfrLoaderToolkit.loadEvents(file.toFile());
  }

  private static void phase(String phase, String lockUse, long millis, int threads)
      throws InterruptedException {
    PhaseEvent e = new PhaseEvent();
    e.begin();
    if (millis > 0) {
      // The phase's duration is what is measured, not a wait for another thread.
      Thread.sleep(millis);
    }
    e.end();
    e.operation = "bulk";
    e.phase = phase;
    e.docs = DOCS;
    e.lockUse = lockUse;
    e.parallelThreads = threads;
    e.tasks = threads;
    e.commit();
  }

  private static IResult evaluate(IItemCollection items, IRule rule) throws Exception {
    var evaluation = rule.createEvaluation(items, IPreferenceValueProvider.DEFAULT_VALUES, null);
    evaluation.run();
    return evaluation.get();
  }

  private static void assertResult(
      IItemCollection items, IRule rule, Severity severity, double score, String inSummary)
      throws Exception {
    IResult result = evaluate(items, rule);
    String where = rule.getId() + ": " + result.getSummary();
    assertEquals(severity, result.getSeverity(), where);
    assertEquals(
        score, result.getResult(TypedResult.SCORE).doubleValueIn(UnitLookup.NUMBER_UNITY), where);
    assertTrue(result.getSummary().startsWith("bulk: "), where);
    assertTrue(result.getSummary().contains(inSummary), where);
    assertFalse(result.getExplanation().isBlank(), where);
    if (severity != Severity.OK) {
      assertFalse(result.getSolution().isBlank(), where);
    }
  }
}
