package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.TextReports;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every demo profile's run must show, whatever its flags: the three operations with exactly
 * their four phases, consistent counts and means, a lock-held ratio measured on the designated
 * lock, and a text report that agrees with the JSON. Subclasses name the profile and add its flags.
 *
 * <p>The demo runs once per profile (see {@link DemoRuns}); every test reads that run.
 */
abstract class DemoProfileContract {
  static final List<String> OPERATIONS = List.of("insert_many", "find", "update_many");
  static final Set<String> PHASES = Set.of("EXTRACT", "CONVERT", "NETWORK", "MATERIALIZE");

  /**
   * @return the demo's {@code --profile}
   */
  abstract String profile();

  final DemoRun demo() {
    return DemoRuns.onCurrentJava(profile());
  }

  final JsonNode json() {
    return demo().json();
  }

  @Test
  void exitsCleanlyWithNoSuppressedAgentErrors() {
    DemoRun demo = demo();
    assertEquals(0, demo.jvm().exitCode(), demo.jvm()::describe);
    assertEquals(0, json().path("jvm").path("suppressedErrors").asLong(-1), "jvm.suppressedErrors");
    assertEquals(List.of(), demo.jvm().agentMessages(), "agent messages on stderr");
  }

  @Test
  void reportsTheThreeOperationsWithExactlyTheFourPhasesEach() {
    Map<String, JsonNode> ops = JsonReports.operations(json());
    assertTrue(ops.keySet().containsAll(OPERATIONS), "operations: " + ops.keySet());
    for (String name : OPERATIONS) {
      List<String> phases = List.copyOf(JsonReports.phases(ops.get(name)).keySet());
      assertEquals(4, ops.get(name).path("phases").size(), name + " phases: " + phases);
      assertEquals(PHASES, Set.copyOf(phases), name + " phases");
    }
  }

  @Test
  void countsEveryPhaseOncePerOperationCall() {
    for (String name : OPERATIONS) {
      JsonNode op = JsonReports.operation(json(), name);
      long count = op.path("count").asLong();
      assertTrue(count > 0, name + " count " + count);
      assertEquals(count, op.path("totalNanos").path("count").asLong(), name + " totalNanos.count");
      assertEquals(0, op.path("errors").asLong(), name + " errors");
      for (JsonNode phase : JsonReports.phases(op).values()) {
        String where = name + "/" + phase.path("phase").asText();
        assertEquals(count, phase.path("count").asLong(), where + " count");
        assertEquals(count, phase.path("nanos").path("count").asLong(), where + " nanos.count");
        assertEquals(0, phase.path("errors").asLong(), where + " errors");
      }
    }
  }

  @Test
  void keepsEveryPhaseMeanWithinItsOperationMean() {
    for (String name : OPERATIONS) {
      JsonNode op = JsonReports.operation(json(), name);
      double totalMean = op.path("totalNanos").path("mean").asDouble();
      assertTrue(totalMean > 0, name + " total mean " + totalMean);
      long phaseSums = 0;
      for (JsonNode phase : JsonReports.phases(op).values()) {
        double mean = phase.path("nanos").path("mean").asDouble();
        assertTrue(
            mean <= totalMean,
            name + "/" + phase.path("phase").asText() + " mean " + mean + " > total " + totalMean);
        phaseSums += phase.path("nanos").path("sum").asLong();
      }
      long totalSum = op.path("totalNanos").path("sum").asLong();
      assertTrue(
          phaseSums <= totalSum,
          name + ": phases sum to " + phaseSums + " ns, more than the total " + totalSum);
    }
  }

  /**
   * The demo's GIL analogue is designated ({@code @BoundaryLock}), so the lock figures are
   * measured: the held time is the sum of the phases' measured held times (the demo takes the lock
   * only inside phases), the ratio is held over working time (wall minus lock wait), and the
   * declared figure is still the sum of the phases declared HELD.
   */
  @Test
  void measuresTheLockHeldRatioOnTheDesignatedLock() {
    for (String name : OPERATIONS) {
      JsonNode op = JsonReports.operation(json(), name);
      assertEquals("MEASURED", op.path("lockSource").asText(), name + " lockSource");
      long declaredNanos = 0;
      long measuredNanos = 0;
      for (JsonNode phase : JsonReports.phases(op).values()) {
        String lock = phase.path("lock").asText();
        assertTrue(Set.of("HELD", "RELEASED").contains(lock), name + " lock " + lock);
        if (lock.equals("HELD")) {
          declaredNanos += phase.path("nanos").path("sum").asLong();
        }
        measuredNanos += phase.path("lockHeldNanos").asLong();
      }
      long totalNanos = op.path("totalNanos").path("sum").asLong();
      long waitNanos = op.path("lockWaitNanos").asLong();
      double expected = (double) measuredNanos / (totalNanos - waitNanos);
      double ratio = op.path("lockHeldRatio").asDouble(-1);
      System.out.printf(
          "[%s] %s lockHeldRatio %.4f measured, declared held phases / total %.4f%n",
          profile(), name, ratio, (double) declaredNanos / totalNanos);
      assertTrue(ratio >= 0 && ratio <= 1, name + " lockHeldRatio " + ratio);
      assertEquals(measuredNanos, op.path("lockHeldNanos").asLong(), name + " lockHeldNanos");
      assertEquals(expected, ratio, expected * 0.01 + 1e-9, name + " lockHeldRatio");
      assertEquals(declaredNanos, op.path("declaredLockHeldNanos").asLong(), name + " declared");
      assertTrue(op.path("lockAcquisitions").asLong() >= 2 * op.path("count").asLong(), name);
    }
    assertEquals("gil", json().path("locks").path(0).path("name").asText(), "locks");
  }

  @Test
  void printsATextReportOnStderrWithTheSameOperationsAndFlagsAsTheJson() {
    TextReports text = TextReports.parse(demo().jvm().stderr());
    assertEquals(1, TextReports.countReports(demo().jvm().stderr()), "reports on stderr");
    assertEquals(
        List.copyOf(JsonReports.operations(json()).keySet()), text.operations(), "operations");
    assertEquals(JsonReports.flags(json()), text.flags(), "flags (operation/id/severity)");
    assertEquals(0, TextReports.countReports(demo().jvm().stdout()), "reports on stdout");
  }
}
