package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.BridgeMain;
import dev.boundarytracer.it.app.PlainMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The premain is cheap: ByteBuddy, the histograms, Jackson and JFR load only when the first class
 * that needs the agent does; a JVM in which none ever does still gets its exit report.
 */
class LazyStartupIT {

  @Test
  void aJvmThatNeverUsesTheAgentLoadsNoneOfItsLibrariesAndStillReports() throws Exception {
    Path dir = Artifacts.freshWorkDir("lazy-unused");
    Path classLog = dir.resolve("classes.txt");
    JvmRun run =
        TestApps.withAgent(PlainMain.class, "")
            .withJvmArgs("-Xlog:class+load:file=" + classLog)
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("plain done"), run::describe);
    assertTrue(run.stderr().contains("no operations recorded"), run::describe);
    List<String> heavy = heavyClasses(classLog);
    assertEquals(List.of(), heavy, "loaded although nothing needed the agent");
  }

  @Test
  void theFirstAnnotatedClassActivatesTheAgentAndIsWoven() throws Exception {
    Path dir = Artifacts.freshWorkDir("lazy-used");
    Path classLog = dir.resolve("classes.txt");
    Path json = dir.resolve("report.json");
    JvmRun run =
        TestApps.withAgent(BridgeMain.class, "report=off;json=" + json)
            .withJvmArgs("-Xlog:class+load:file=" + classLog)
            .withArgs("3")
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.path("jvm").path("suppressedErrors").asLong(-1), "suppressedErrors");
    assertEquals(3, JsonReports.operation(report, "store_orders").path("count").asLong());
    List<String> lines = Files.readAllLines(classLog, StandardCharsets.UTF_8);
    int main = indexOf(lines, " " + BridgeMain.class.getName() + " ");
    int firstShaded = indexOf(lines, " dev.boundarytracer.shaded.");
    assertTrue(main >= 0 && firstShaded > main, "ByteBuddy loads after the application's main");
  }

  private static List<String> heavyClasses(Path classLog) throws Exception {
    return Files.readAllLines(classLog, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(" dev.boundarytracer.shaded.") || l.contains(" jdk.jfr."))
        .toList();
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}
