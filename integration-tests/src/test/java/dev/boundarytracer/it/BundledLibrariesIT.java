package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.bundled.BundledLibrariesMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The application carries ByteBuddy 1.12, ASM 9.2 and HdrHistogram 2.1 (the agent relocates its
 * own, newer ones) and uses all three while the agent profiles it: both work.
 */
class BundledLibrariesIT {

  @Test
  void theApplicationsOwnLibrariesAndTheAgentBothWork() throws Exception {
    Path dir = Artifacts.freshWorkDir("bundled-libraries");
    Path json = dir.resolve("report.json");
    JvmRun run =
        TestApps.withAgent(BundledLibrariesMain.class, "json=" + json, Artifacts.libs("bundled"))
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(
        run.stdout().contains("bytebuddy=generated-by-app from=byte-buddy-1.12.19.jar"),
        run::describe);
    assertTrue(
        run.stdout().contains("asm=dev/boundarytracer/it/app/OrderBridge from=asm-9.2.jar"),
        run::describe);
    assertTrue(
        run.stdout()
            .contains(
                "hdrhistogram="
                    + BundledLibrariesMain.OPERATIONS
                    + " from=HdrHistogram-2.1.12.jar"),
        run::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    JsonNode op = JsonReports.operation(report, "store_orders");
    assertEquals(BundledLibrariesMain.OPERATIONS, op.get("count").asLong());
    assertEquals(4, JsonReports.phases(op).size(), op::toString);
    assertTrue(!run.stderr().contains("cannot weave"), run::describe);
  }
}
