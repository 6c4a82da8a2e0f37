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
import dev.boundarytracer.it.support.TextReports;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports are written by a shutdown hook on every orderly way out: {@code System.exit},
 * SIGTERM, SIGINT and an uncaught exception in {@code main} (normal exit is covered by every other
 * test).
 */
class ShutdownPathsIT {

  private static void assertReportsHoldEveryOperation(JvmRun run, Path json) throws Exception {
    JsonNode report = JsonReports.read(json);
    assertEquals(
        ShutdownMain.OPERATIONS,
        JsonReports.operation(report, "store_orders").get("count").asLong(),
        run::describe);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    assertEquals(1, TextReports.countReports(run.stderr()), run::describe);
  }

  @Test
  void systemExitWritesTheReports() throws Exception {
    Path dir = Artifacts.freshWorkDir("shutdown-exit");
    Path json = dir.resolve("report.json");
    JvmRun run = TestApps.withAgent(ShutdownMain.class, "json=" + json).withArgs("exit").run(dir);
    assertEquals(3, run.exitCode(), run::describe);
    assertReportsHoldEveryOperation(run, json);
  }

  @Test
  void anUncaughtExceptionInMainWritesTheReportsAndStillReachesTheJvm() throws Exception {
    Path dir = Artifacts.freshWorkDir("shutdown-throw");
    Path json = dir.resolve("report.json");
    JvmRun run = TestApps.withAgent(ShutdownMain.class, "json=" + json).withArgs("throw").run(dir);
    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(
        run.stderr()
            .contains(
                "Exception in thread \"main\" java.lang.IllegalStateException: escaped from main"),
        run::describe);
    assertReportsHoldEveryOperation(run, json);
  }

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"TERM, 143", "INT, 130"})
  void signalWritesTheReports(String signal, int expectedExitCode) throws Exception {
    Path dir = Artifacts.freshWorkDir("shutdown-sig" + signal);
    Path json = dir.resolve("report.json");
    LiveJvm jvm =
        TestApps.withAgent(ShutdownMain.class, "json=" + json).withArgs("wait").start(dir);
    jvm.awaitLine("READY");
    jvm.signal(signal);
    JvmRun run = jvm.awaitExit();
    assertEquals(expectedExitCode, run.exitCode(), run::describe);
    assertReportsHoldEveryOperation(run, json);
  }
}
