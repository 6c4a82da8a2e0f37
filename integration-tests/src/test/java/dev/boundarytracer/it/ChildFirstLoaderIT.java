package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.loaders.ApiStep;
import dev.boundarytracer.it.app.loaders.ChildFirstApiMain;
import dev.boundarytracer.it.app.loaders.ChildFirstMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Annotated classes loaded by a child-first class loader that carries its own copy of the runtime
 * jar (as a web application bundles its libraries) are recorded into the agent's report: woven code
 * links only against the agent's bridge class, which no application jar contains. (A loader that
 * does not delegate to the application loader at all is covered by {@link SharedRuntimeIT}.) The
 * copy's {@code BoundaryContext}, {@code BoundaryTracer} and {@code BoundaryMetrics} reach the
 * agent's recorder too, through the same bridge.
 */
class ChildFirstLoaderIT {

  @Test
  void recordsClassesOfAChildFirstLoaderWithItsOwnRuntimeCopy() throws Exception {
    Path dir = Artifacts.freshWorkDir("child-first");
    Path json = dir.resolve("report.json");
    JvmRun run =
        TestApps.withAgent(ChildFirstMain.class, "json=" + json)
            .withArgs(Artifacts.testClasses().toString(), Artifacts.runtimeJar().toString())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("ownRuntime=true"), run::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    JsonNode op = JsonReports.operation(report, "isolated_step");
    assertEquals(ChildFirstMain.CALLS, op.get("count").asLong());
    assertEquals(ChildFirstMain.CALLS, JsonReports.phases(op).get("CONVERT").get("count").asLong());
  }

  @Test
  void theApiCopyOfAChildFirstLoaderReachesTheAgentsRecorder() throws Exception {
    Path dir = Artifacts.freshWorkDir("child-first-api");
    Path json = dir.resolve("report.json");
    JvmRun run =
        TestApps.withAgent(ChildFirstApiMain.class, "json=" + json)
            .withArgs(Artifacts.testClasses().toString(), Artifacts.runtimeJar().toString())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("ownApi=true"), run::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    long calls = ChildFirstApiMain.CALLS;

    JsonNode op = JsonReports.operation(report, ApiStep.OPERATION);
    assertEquals(calls, op.get("count").asLong(), op::toString);
    assertEquals(calls * ApiStep.DOCS, op.get("docs").asLong(), "BoundaryContext.setDocCount");
    assertEquals(calls, op.get("parallelCount").asLong(), "BoundaryContext.setParallel");
    // one release per entry into the released convert phase, one per recordLockRelease()
    assertEquals(2 * calls, op.get("lockReleases").asLong(), "BoundaryContext.recordLockRelease");

    JsonNode traced = JsonReports.operation(report, ApiStep.TRACED);
    assertEquals(calls, traced.get("count").asLong(), "BoundaryTracer.finish");
    assertEquals(calls * ApiStep.DOCS, traced.get("docs").asLong());
    assertEquals(calls, JsonReports.phases(traced).get("CONVERT").get("count").asLong());

    assertTrue(
        run.stdout().contains("metricsOperationCount=" + 2 * calls),
        "BoundaryMetrics of the loader's own copy reads the agent's figures: " + run.describe());
  }
}
