package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.shapes.ShapesMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Annotated methods of every shape are woven and counted exactly (recursion, re-entry,
 * constructors, static, synchronized, default interface methods); abstract and native methods
 * annotated by mistake get one warning each; checked exceptions, unchecked exceptions and errors
 * reach the caller as the very instance thrown, with their original stack trace.
 */
class MethodShapesIT {
  private static final int CALLS = ShapesMain.CALLS;
  private static final int DEPTH = ShapesMain.DEPTH;
  private static JvmRun run;
  private static JsonNode report;

  @BeforeAll
  static void runShapes() throws Exception {
    Path dir = Artifacts.freshWorkDir("method-shapes");
    Path json = dir.resolve("report.json");
    run = TestApps.withAgent(ShapesMain.class, "json=" + json).run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("done"), run::describe);
    report = JsonReports.read(json);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
  }

  private static long count(String operation) {
    return JsonReports.operation(report, operation).get("count").asLong();
  }

  @Test
  void recordsEveryCallOfARecursiveOperationAsItsOwnNestedOperation() {
    assertEquals(CALLS * (DEPTH + 1), count("recursive"));
  }

  @Test
  void recordsEveryEntryOfAReenteredPhase() {
    JsonNode op = JsonReports.operation(report, "reentrant");
    assertEquals(CALLS, op.get("count").asLong());
    assertEquals(
        CALLS * (DEPTH + 1),
        JsonReports.phases(op).get("CONVERT").get("count").asLong(),
        op::toString);
  }

  @Test
  void recordsConstructorsStaticAndSynchronizedMethods() {
    assertEquals(CALLS, count("construct"));
    assertEquals(CALLS, count("static_op"));
    assertEquals(CALLS * 5L, JsonReports.operation(report, "static_op").get("docs").asLong());
    assertEquals(CALLS, count("synchronized_op"));
  }

  @Test
  void recordsAPhaseInADefaultInterfaceMethod() {
    JsonNode op = JsonReports.operation(report, "default_method");
    assertEquals(CALLS, JsonReports.phases(op).get("CONVERT").get("count").asLong(), op::toString);
  }

  @Test
  void warnsOnceForAnnotatedAbstractAndNativeMethodsAndRecordsNothingForThem() {
    assertTrue(
        run.stderr()
            .contains(
                "@BoundaryOperation/@BoundaryPhase on abstract method"
                    + " dev.boundarytracer.it.app.shapes.AbstractJob#run is ignored"),
        run::describe);
    assertTrue(
        run.stderr()
            .contains(
                "@BoundaryOperation/@BoundaryPhase on native method"
                    + " dev.boundarytracer.it.app.shapes.Shapes#nativeOp is ignored"),
        run::describe);
    assertTrue(!JsonReports.operations(report).containsKey("abstract_op"));
    assertTrue(!JsonReports.operations(report).containsKey("native_op"));
  }

  @Test
  void exceptionsAndErrorsReachTheCallerUnchangedWithTheirStackTrace() {
    for (String kind : new String[] {"AppException", "IllegalArgumentException", "AppError"}) {
      assertTrue(
          run.stdout().contains("caught " + kind + " same=true frames=fail,throwing,main"),
          kind + ": " + run.describe());
    }
    JsonNode op = JsonReports.operation(report, "throwing");
    assertEquals(3, op.get("errors").asLong());
    assertEquals(3, JsonReports.phases(op).get("NETWORK").get("errors").asLong());
  }
}
