package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.SharedRuntimeMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Woven code in any class loader reaches one copy of the runtime state, also when the application
 * has the runtime jar on its own class path (as the test application does).
 */
class SharedRuntimeIT {

  @Test
  void classLoadersAndApplicationCodeShareOneRuntime() throws Exception {
    Path dir = Artifacts.freshWorkDir("shared-runtime");
    Path json = dir.resolve("report.json");
    JvmRun run =
        TestApps.withAgent(SharedRuntimeMain.class, "json=" + json)
            .withArgs(Artifacts.testClasses().toString())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    JsonNode report = JsonReports.read(json);
    long store = JsonReports.operation(report, "store_orders").get("count").asLong();
    long isolated = JsonReports.operation(report, "isolated_step").get("count").asLong();
    assertEquals(SharedRuntimeMain.STORE_OPERATIONS, store, run::describe);
    assertEquals(SharedRuntimeMain.ISOLATED_OPERATIONS, isolated, "woven in the isolated loader");
    assertEquals(
        1,
        JsonReports.phases(JsonReports.operation(report, "isolated_step"))
                .get("CONVERT")
                .get("count")
                .asLong()
            / isolated);
    assertTrue(
        run.stdout().contains("operationCount=" + (store + isolated)),
        "BoundaryMetrics in application code sees the agent's state: " + run.stdout());
  }
}
