package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.FailingMain;
import dev.boundarytracer.it.app.FailingStore;
import dev.boundarytracer.it.app.StoreException;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phases that throw application exceptions (see {@link FailingMain}): the exceptions reach the
 * caller unchanged, and the agent counts them as errors of the phase, and of the operation when it
 * ends by throwing.
 */
class ApplicationExceptionIT {
  private static JvmRun run;
  private static JsonNode json;
  private static List<String[]> caught;

  @BeforeAll
  static void runFailingApp() throws Exception {
    Path dir = Artifacts.freshWorkDir("application-exceptions");
    Path report = dir.resolve("report.json");
    run = TestApps.withAgent(FailingMain.class, "json=" + report).run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    json = JsonReports.read(report);
    caught =
        run.stdout().lines().filter(l -> l.startsWith("caught\t")).map(l -> l.split("\t")).toList();
  }

  @Test
  void completesWithoutAgentErrors() {
    assertTrue(run.stdout().lines().anyMatch("done"::equals), run::describe);
    assertEquals(List.of(), run.agentMessages(), "agent messages");
    assertEquals(0, json.path("jvm").path("suppressedErrors").asLong(-1), "suppressedErrors");
  }

  @Test
  void callerCatchesTheVeryCheckedExceptionThePhaseThrew() {
    List<String[]> lines = caughtIn("checked_failure");
    assertEquals(3, lines.size(), "caught StoreException");
    for (String[] line : lines) {
      assertEquals(StoreException.class.getName(), line[2], "class");
      assertEquals("store refused batch of 10", line[3], "message");
      assertEquals("true", line[4], "same instance as thrown");
    }
  }

  @Test
  void callerCatchesTheVeryRuntimeExceptionThePhaseThrew() {
    List<String[]> lines = caughtIn("runtime_failure");
    assertEquals(2, lines.size(), "caught IllegalStateException");
    for (String[] line : lines) {
      assertEquals(IllegalStateException.class.getName(), line[2], "class");
      assertEquals("cannot encode document 10", line[3], "message");
      assertEquals("true", line[4], "same instance as thrown");
    }
  }

  @Test
  void topStackFrameIsTheApplicationsPhaseMethod() {
    for (String[] line : caughtIn("checked_failure")) {
      assertEquals(FailingStore.class.getName() + "#sendRefused", line[5], "top frame");
    }
    for (String[] line : caughtIn("runtime_failure")) {
      assertEquals(FailingStore.class.getName() + "#convert", line[5], "top frame");
    }
    for (String[] line : caught) {
      List<String> frames = Arrays.asList(line[6].split(","));
      assertTrue(
          frames.stream().allMatch(f -> f.startsWith("dev.boundarytracer.it.app.")),
          "frames other than the application's: " + frames);
    }
  }

  @Test
  void countsAPhaseThatThrowsAsAnErrorOfThePhaseAndOfTheOperation() {
    JsonNode checked = JsonReports.operation(json, "checked_failure");
    assertEquals(3, checked.path("count").asLong(), "checked_failure count");
    assertEquals(3, checked.path("errors").asLong(), "checked_failure errors");
    assertCountAndErrors(checked, "EXTRACT", 3, 0);
    assertCountAndErrors(checked, "NETWORK", 3, 3);

    JsonNode runtime = JsonReports.operation(json, "runtime_failure");
    assertEquals(4, runtime.path("count").asLong(), "runtime_failure count");
    assertEquals(2, runtime.path("errors").asLong(), "runtime_failure errors");
    assertCountAndErrors(runtime, "EXTRACT", 4, 0);
    assertCountAndErrors(runtime, "CONVERT", 4, 2);
    assertCountAndErrors(runtime, "NETWORK", 2, 0);
    assertCountAndErrors(runtime, "MATERIALIZE", 2, 0);
  }

  @Test
  void countsAPhaseErrorTheOperationRecoversFromOnlyOnThePhase() {
    JsonNode recovered = JsonReports.operation(json, "recovered_failure");
    assertEquals(2, recovered.path("count").asLong(), "recovered_failure count");
    assertEquals(0, recovered.path("errors").asLong(), "recovered_failure errors");
    assertCountAndErrors(recovered, "NETWORK", 4, 2);
    assertCountAndErrors(recovered, "MATERIALIZE", 2, 0);
  }

  private static List<String[]> caughtIn(String operation) {
    return caught.stream().filter(l -> l[1].equals(operation)).toList();
  }

  private static void assertCountAndErrors(
      JsonNode operation, String phaseName, long count, long errors) {
    Map<String, JsonNode> phases = JsonReports.phases(operation);
    JsonNode phase = phases.get(phaseName);
    String where = operation.path("name").asText() + "/" + phaseName;
    assertTrue(phase != null, where + " missing; phases " + phases.keySet());
    assertEquals(count, phase.path("count").asLong(), where + " count");
    assertEquals(errors, phase.path("errors").asLong(), where + " errors");
  }
}
