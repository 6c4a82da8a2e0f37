package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.app.BridgeMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import dev.boundarytracer.it.support.TextReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code report} key sends the text report to stderr, stdout, nowhere, or a file. */
class ReportDestinationIT {

  @Test
  void writesTheReportToStderrByDefault() throws Exception {
    JvmRun run = run(Artifacts.freshWorkDir("report-default"), "");
    assertEquals(1, TextReports.countReports(run.stderr()), run::describe);
    assertEquals(0, TextReports.countReports(run.stdout()), run::describe);
    assertEquals(List.of("store_orders"), TextReports.parse(run.stderr()).operations());
  }

  @Test
  void reportStdoutPutsTheReportOnStdoutOnly() throws Exception {
    JvmRun run = run(Artifacts.freshWorkDir("report-stdout"), "report=stdout");
    assertEquals(1, TextReports.countReports(run.stdout()), run::describe);
    assertEquals(0, TextReports.countReports(run.stderr()), run::describe);
    assertEquals(List.of("store_orders"), TextReports.parse(run.stdout()).operations());
  }

  @Test
  void reportOffPrintsNoReport() throws Exception {
    Path dir = Artifacts.freshWorkDir("report-off");
    Path json = dir.resolve("report.json");
    JvmRun run = run(dir, "report=off;json=" + json);
    assertEquals(0, TextReports.countReports(run.stdout()), run::describe);
    assertEquals(0, TextReports.countReports(run.stderr()), run::describe);
    assertTrue(Files.isRegularFile(json), "the JSON report is still written");
  }

  @Test
  void reportPathWritesTheReportToThatFileOnly() throws Exception {
    Path dir = Artifacts.freshWorkDir("report-file");
    Path file = dir.resolve("reports").resolve("boundary.txt");
    JvmRun run = run(dir, "report=" + file);
    assertEquals(0, TextReports.countReports(run.stdout()), run::describe);
    assertEquals(0, TextReports.countReports(run.stderr()), run::describe);
    assertTrue(Files.isRegularFile(file), "no report file " + file + "\n" + run.describe());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(1, TextReports.countReports(text), text);
    TextReports report = TextReports.parse(text);
    assertEquals(List.of("store_orders"), report.operations());
    assertTrue(report.text().contains("Total:"), text);
  }

  private static JvmRun run(Path dir, String agentOptions) throws Exception {
    JvmRun run = TestApps.withAgent(BridgeMain.class, agentOptions).withArgs("5").run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertEquals(List.of(), run.agentMessages(), run::describe);
    assertTrue(run.stdout().contains("stored 5 batches"), run::describe);
    return run;
  }
}
