package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.shapes.ShapesMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input at once, in one JVM: each gets exactly one clear line on stderr naming
 * what was wrong and what is accepted, and the application runs and is profiled as without it.
 */
class BadInputIT {
  private static JvmRun run;
  private static JsonNode report;
  private static Path unwritableReport;
  private static Path missingPointcuts;
  private static Path json;
  private static Path dir;

  @BeforeAll
  static void runWithBadInput() throws Exception {
    dir = Artifacts.freshWorkDir("bad-input");
    json = dir.resolve("report.json");
    Path aFile = Files.writeString(dir.resolve("a-file"), "not a directory");
    unwritableReport = aFile.resolve("report.txt");
    missingPointcuts = dir.resolve("no-such-pointcuts.txt");
    String args =
        String.join(
            ";",
            "json=" + json,
            "report=" + unwritableReport,
            "snapshotInterval=soon",
            "threshold.lockReleases.target=many",
            "bogusKey=1",
            "snapshotIntervall=10s",
            "pointcuts=" + missingPointcuts);
    run = TestApps.withAgent(ShapesMain.class, args).run(dir);
    report = JsonReports.read(json);
  }

  private static void assertOneLine(String text) {
    String[] lines = run.stderr().split("\n", -1);
    int n = 0;
    for (String line : lines) {
      if (line.startsWith("[boundary-tracer] ") && line.contains(text)) {
        n++;
      }
    }
    assertEquals(1, n, "one line containing '" + text + "' in\n" + run.stderr());
  }

  @Test
  void theApplicationRunsAndIsProfiledAsWithoutTheBadInput() {
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("done"), run::describe);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    assertEquals(
        ShapesMain.CALLS, JsonReports.operation(report, "odd_doc_count").get("count").asLong());
    assertEquals(
        ShapesMain.CALLS, JsonReports.operation(report, "Shapes.blankName").get("count").asLong());
  }

  @Test
  void unknownKey() {
    assertOneLine("unknown config key 'bogusKey' in agent arguments; accepted keys: report, json");
  }

  @Test
  void malformedDuration() {
    assertOneLine(
        "boundary.snapshotInterval='soon' in agent arguments is not valid: expected a duration"
            + " with a unit");
  }

  @Test
  void malformedNumber() {
    assertOneLine(
        "boundary.threshold.lockReleases.target='many' in agent arguments is not valid: expected a"
            + " number >= 0");
  }

  @Test
  void reportPathThatCannotBeWritten() {
    assertOneLine("could not write the text report to " + unwritableReport + ": ");
  }

  @Test
  void missingPointcutFile() {
    assertOneLine(
        "boundary.pointcuts=" + missingPointcuts + ": no such file; expected a readable pointcut");
  }

  @Test
  void docCountOnAnUnsupportedType() {
    assertOneLine(
        "@DocCount on parameter 0 of dev.boundarytracer.it.app.shapes.Shapes#oddDocCount has type"
            + " java.lang.String; accepted: int, long, short, byte, Collection, Map or an array");
  }

  @Test
  void blankOperationName() {
    assertOneLine(
        "blank operation name on dev.boundarytracer.it.app.shapes.Shapes#blankName; a name needs"
            + " at least one visible character");
  }

  @Test
  void unknownKeyNearAnAcceptedOneSuggestsIt() {
    assertOneLine(
        "unknown config key 'snapshotIntervall' in agent arguments; did you mean"
            + " 'snapshotInterval'? accepted keys: ");
  }

  @Test
  void jsonReportHasTheModeOfAnyNewFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        json.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.writeString(dir.resolve("plain-new-file"), "x");
    assertEquals(
        Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(json),
        "the JSON report follows the umask like any new file");
  }
}
