package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.loaders.ApiStep;
import dev.boundarytracer.it.app.loaders.ChildFirstApiMain;
import dev.boundarytracer.it.app.loaders.ChildFirstMain;
import dev.boundarytracer.it.app.loaders.IsolatedLocks;
import dev.boundarytracer.it.app.loaders.LockLoaderMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Annotated classes loaded by a child-first class loader that carries its own copy of the runtime
 * jar (as a web application bundles its libraries) are recorded into the agent's report: woven code
 * links only against the agent's bridge class, which no application jar contains. That holds for
 * method advice, lock sites, synchronized-method advice and executor advice alike: the lock cases
 * and the hand-off are measured as when the application loader defines the same class. (A loader
 * that does not delegate to the application loader at all is covered by {@link SharedRuntimeIT}.)
 * The copy's {@code BoundaryContext}, {@code BoundaryTracer} and {@code BoundaryMetrics} reach the
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

  @Test
  void measuresLocksAndHandOffsInAChildFirstLoaderAsInTheApplicationLoader() throws Exception {
    JsonNode app = lockRun("child-first-locks-app", "app");
    JsonNode childFirst =
        lockRun(
            "child-first-locks",
            "child-first",
            Artifacts.testClasses().toString(),
            Artifacts.runtimeJar().toString());
    for (String name :
        List.of("isolated_sync_block", "isolated_sync_method", "isolated_reentrant")) {
      for (JsonNode report : List.of(app, childFirst)) {
        JsonNode op = JsonReports.operation(report, name);
        String where = name + ": " + op;
        assertEquals(IsolatedLocks.CALLS, op.path("count").asLong(), where);
        assertEquals("MEASURED", op.path("lockSource").asText(), where);
        assertEquals(IsolatedLocks.CALLS, op.path("lockAcquisitions").asLong(), where);
        // Every call spins at least HOLD_NANOS inside the lock.
        long held = op.path("lockHeldNanos").asLong();
        assertTrue(held >= IsolatedLocks.CALLS * IsolatedLocks.HOLD_NANOS, where);
        assertTrue(
            held <= JsonReports.phases(op).get("EXTRACT").path("nanos").path("sum").asLong());
      }
    }
    for (JsonNode report : List.of(app, childFirst)) {
      JsonNode phase =
          JsonReports.phases(JsonReports.operation(report, "isolated_hand_off")).get("CONVERT");
      assertEquals("MEASURED", phase.path("parallelismSource").asText(), phase.toString());
      assertEquals(IsolatedLocks.CALLS, phase.path("handOffCalls").asLong(), phase.toString());
      assertEquals(IsolatedLocks.CALLS, phase.path("tasks").asLong(), phase.toString());
      for (String lock : List.of("isolated_monitor", "isolated_holder", "isolated_reentrant")) {
        assertTrue(hasLock(report, lock), lock + " in " + report.path("locks"));
      }
    }
  }

  private static JsonNode lockRun(String name, String... args) throws Exception {
    Path dir = Artifacts.freshWorkDir(name);
    Path json = dir.resolve("report.json");
    JvmRun run = TestApps.withAgent(LockLoaderMain.class, "json=" + json).withArgs(args).run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().lines().anyMatch("done"::equals), run::describe);
    if (args[0].equals("child-first")) {
      assertTrue(run.stdout().contains("ownRuntime=true"), run::describe);
    }
    assertEquals(List.of(), run.agentMessages(), run::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.path("jvm").path("suppressedErrors").asLong(-1), run::describe);
    return report;
  }

  private static boolean hasLock(JsonNode report, String name) {
    for (JsonNode lock : report.path("locks")) {
      if (lock.path("name").asText().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
