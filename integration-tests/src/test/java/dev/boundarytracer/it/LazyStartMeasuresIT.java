package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The demo under the lazy start (no {@code jfr}, so the agent waits for the first annotated class):
 * the designated lock is still measured, and the executor advice, installed just after activation
 * on its own thread, still follows convert's batches to the ForkJoin pool.
 */
class LazyStartMeasuresIT {

  @Test
  void lazyStartMeasuresTheLockAndTheHandOffs() throws Exception {
    Path dir = Artifacts.freshWorkDir("lazy-start-demo");
    Path json = dir.resolve("report.json");
    JvmRun jvm =
        JvmLauncher.currentJava()
            .withAgent(Artifacts.agentJar(), "json=" + json + ";report=off")
            .withJar(Artifacts.demoJar())
            .withArgs(DemoRuns.SIZE)
            .withArgs("--profile", "healthy")
            .run(dir);
    assertEquals(0, jvm.exitCode(), jvm::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.path("jvm").path("suppressedErrors").asLong(-1));
    JsonNode gil = report.path("locks").path(0);
    assertEquals("gil", gil.path("name").asText(), report.path("locks").toString());
    assertTrue(gil.path("acquisitions").asLong() > 0, gil.toString());
    for (String name : DemoProfileContract.OPERATIONS) {
      JsonNode op = JsonReports.operation(report, name);
      JsonNode convert = JsonReports.phases(op).get("CONVERT");
      String where = name + ": " + op;
      assertEquals("MEASURED", op.path("lockSource").asText(), where);
      assertEquals("MEASURED", convert.path("parallelismSource").asText(), where);
      assertTrue(convert.path("parallelThreadsMax").asLong() >= 2, where);
    }
  }
}
