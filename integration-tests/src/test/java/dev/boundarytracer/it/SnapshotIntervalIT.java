package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.ShutdownMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.LiveJvm;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With {@code snapshotInterval} the JSON report is rewritten while the JVM runs, atomically, so a
 * JVM killed with SIGKILL (no shutdown hook runs) still leaves a complete report.
 */
class SnapshotIntervalIT {

  @Test
  void rewritesTheReportWhileRunningAndLeavesACompleteOneAfterSigkill() throws Exception {
    Path dir = Artifacts.freshWorkDir("snapshot-interval");
    Path json = dir.resolve("report.json");
    LiveJvm jvm =
        TestApps.withAgent(ShutdownMain.class, "json=" + json + ";snapshotInterval=1s;report=off")
            .withArgs("wait")
            .start(dir);
    try {
      jvm.awaitLine("READY");
      long firstUptime = awaitReport(json, -1);
      long laterUptime = awaitReport(json, firstUptime);
      assertTrue(laterUptime > firstUptime, "the report was rewritten while the JVM ran");

      jvm.signal("KILL");
      JvmRun run = jvm.awaitExit();
      assertEquals(137, run.exitCode(), run::describe);
      JsonNode report = JsonReports.read(json);
      assertEquals(
          ShutdownMain.OPERATIONS,
          JsonReports.operation(report, "store_orders").get("count").asLong(),
          run::describe);
      assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    } finally {
      jvm.destroy();
    }
  }

  /**
   * Reads the report until it holds every operation and an uptime other than {@code previous}; each
   * read parses a complete JSON document (a half-written file would fail the parse).
   *
   * @return the report's {@code jvm.uptimeMillis}
   */
  private static long awaitReport(Path json, long previousUptime) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Files.exists(json)) {
        JsonNode report = JsonReports.read(json);
        long uptime = report.get("jvm").get("uptimeMillis").asLong();
        if (uptime != previousUptime
            && JsonReports.operations(report).containsKey("store_orders")
            && JsonReports.operation(report, "store_orders").get("count").asLong()
                == ShutdownMain.OPERATIONS) {
          return uptime;
        }
      }
      Thread.sleep(50); // polling a file another process writes; no event to wait on
    }
    throw new AssertionError("no new periodic report within 30 s: " + json);
  }
}
