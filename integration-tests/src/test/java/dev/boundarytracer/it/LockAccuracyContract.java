package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.LockAccuracyRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The accuracy checks of measured lock hold and wait against the ground truth of {@code
 * LockAccuracyMain}: each case's held time within 5 % of the truth and its lock-held ratio within 3
 * percentage points; the contended wait within 5 %; re-entry and waits not double counted.
 */
abstract class LockAccuracyContract {
  private static final double SUM_TOLERANCE = 0.05;
  private static final double RATIO_TOLERANCE = 0.03;

  /** Outermost acquisitions per call of each case (re-entry counts once). */
  private static final Map<String, Integer> ACQUISITIONS_PER_CALL =
      Map.of(
          "sync_block", 1,
          "sync_method", 1,
          "reentrant_lock", 1,
          "reentry", 2, // the monitor and the ReentrantLock inside it, each once
          "wait_inside", 1,
          "await_inside", 1,
          "exception_inside", 1,
          "rw_lock", 1, // the read lock inside the write lock is re-entry of the same lock
          "configured", 2, // tryLock on another lock, then the configured monitor
          "contended", 1);

  /** Cases with two separate holds per call: a wait gives the lock up once more. */
  private static final Set<String> TWO_HOLD_CASES =
      Set.of("wait_inside", "await_inside", "configured");

  abstract LockAccuracyRun run();

  @Test
  void runsWithoutAgentErrors() {
    assertTrue(run().run().stdout().lines().anyMatch("done"::equals), run().run()::describe);
    assertEquals(List.of(), run().run().agentMessages(), "agent messages");
    assertEquals(0, run().json().path("jvm").path("suppressedErrors").asLong(-1));
  }

  /**
   * The real hold lies between the application's inner and outer timings; the measurement must lie
   * within 5 % (sum) and 3 percentage points (ratio) of that interval. The error printed is against
   * the inner timing, the stricter truth.
   */
  @Test
  void heldTimeOfEveryCaseMatchesTheTruth() {
    Map<String, String> errors = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, long[]> truth : run().truthHeldNanos().entrySet()) {
      String name = truth.getKey();
      long inner = truth.getValue()[0];
      long outer = truth.getValue()[1];
      JsonNode op = JsonReports.operation(run().json(), name);
      assertEquals("MEASURED", op.path("lockSource").asText(), name);
      long held = op.path("lockHeldNanos").asLong();
      long working = op.path("totalNanos").path("sum").asLong() - op.path("lockWaitNanos").asLong();
      double ratio = op.path("lockHeldRatio").asDouble();
      double innerRatio = (double) inner / working;
      double outerRatio = (double) outer / working;
      errors.put(
          name,
          String.format(
              "held %+.2f %% vs inner, %+.2f %% vs outer; ratio %.4f, truth %.4f..%.4f (%+.2f pp vs"
                  + " inner)",
              100.0 * (held - inner) / inner,
              100.0 * (held - outer) / outer,
              ratio,
              innerRatio,
              outerRatio,
              100.0 * (ratio - innerRatio)));
      boolean sumOk = held >= inner * (1 - SUM_TOLERANCE) && held <= outer * (1 + SUM_TOLERANCE);
      boolean ratioOk =
          ratio >= innerRatio - RATIO_TOLERANCE && ratio <= outerRatio + RATIO_TOLERANCE;
      if (!sumOk || !ratioOk) {
        failures.add(name + ": " + errors.get(name));
      }
    }
    errors.forEach(
        (k, v) ->
            System.out.println("lock accuracy " + getClass().getSimpleName() + " " + k + ": " + v));
    assertEquals(9, errors.size(), "cases with a truth line: " + errors.keySet());
    assertEquals(List.of(), failures, "cases outside 5 % (sum) or 3 pp (ratio) of the truth");
  }

  @Test
  void contendedWaitMatchesTheSchedule() {
    JsonNode op = JsonReports.operation(run().json(), "contended");
    long measured = op.path("lockWaitNanos").asLong();
    long truth = run().truthWaitNanos();
    double error = (double) (measured - truth) / truth;
    System.out.printf(
        "lock accuracy %s contended wait: %+.2f %%%n", getClass().getSimpleName(), error * 100);
    assertTrue(truth > 0, "truth wait line");
    assertTrue(Math.abs(error) <= SUM_TOLERANCE, "wait " + measured + " vs truth " + truth);
    assertTrue(flagIds(op).contains("LOCK_CONTENDED"), "LOCK_CONTENDED on " + flagIds(op));
    JsonNode lock = lock("contended");
    assertEquals(2, lock.path("threads").asInt(), "threads using the contended lock");
    assertEquals(2, lock.path("topHolders").size(), "holders");
  }

  @Test
  void reentryAndWaitsAreNotDoubleCounted() {
    for (Map.Entry<String, Integer> e : ACQUISITIONS_PER_CALL.entrySet()) {
      JsonNode op = JsonReports.operation(run().json(), e.getKey());
      long calls = op.path("count").asLong();
      assertEquals(e.getValue() * calls, op.path("lockAcquisitions").asLong(), e.getKey());
      long releases = TWO_HOLD_CASES.contains(e.getKey()) ? 2 * calls : calls;
      assertEquals(releases, op.path("lockReleases").asLong(), e.getKey() + " releases");
    }
  }

  @Test
  void everyDesignationIsReportedByName() {
    for (String name :
        List.of("monitor", "reentrant", "rw", "conditioned", "Locks.CONFIGURED", "guard")) {
      JsonNode lock = lock(name);
      assertTrue(lock.path("acquisitions").asLong() >= 40, name + " acquisitions");
      assertTrue(lock.path("utilization").asDouble() > 0.0, name + " utilization");
      assertTrue(lock.path("holdNanos").path("p50").asLong() > 0, name + " hold p50");
    }
  }

  @Test
  void phaseDeclaredReleasedButHoldingIsFlagged() {
    JsonNode op = JsonReports.operation(run().json(), "sync_block");
    assertTrue(flagIds(op).contains("LOCK_DECLARATION_MISMATCH"), "flags " + flagIds(op));
    JsonNode convert = JsonReports.phases(op).get("CONVERT");
    assertEquals(op.path("lockHeldNanos").asLong(), convert.path("lockHeldNanos").asLong());
    JsonNode contended = JsonReports.operation(run().json(), "contended");
    assertTrue(!flagIds(contended).contains("LOCK_DECLARATION_MISMATCH"), "contended is HELD");
  }

  private JsonNode lock(String name) {
    for (JsonNode lock : run().json().path("locks")) {
      if (lock.path("name").asText().equals(name)) {
        return lock;
      }
    }
    throw new AssertionError("no lock " + name + " in " + run().json().path("locks"));
  }

  private static List<String> flagIds(JsonNode op) {
    List<String> ids = new ArrayList<>();
    op.path("redFlags").forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }
}
