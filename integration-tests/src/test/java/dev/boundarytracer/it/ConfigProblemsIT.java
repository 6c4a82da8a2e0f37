package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.BridgeMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import dev.boundarytracer.it.support.TextReports;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Bad configuration: an unknown key or a malformed value prints exactly one {@code
 * [boundary-tracer]} line per problem, naming the key and what is accepted, and the application
 * runs to the end with its reports.
 */
class ConfigProblemsIT {
  private static final String OPERATIONS = "10";

  @Test
  void unknownAgentArgumentKeyPrintsOneLineNamingItAndTheAcceptedKeys() throws Exception {
    Result r = run("unknown-agent-key", "nosuchkey=1", UnaryOperator.identity());
    List<String> lines = r.run().agentMessages();
    assertEquals(1, lines.size(), () -> "agent messages: " + lines);
    assertTrue(lines.get(0).contains("nosuchkey"), lines.get(0));
    assertTrue(lines.get(0).contains("accepted"), lines.get(0));
    assertTrue(lines.get(0).contains("threshold.extract.target"), lines.get(0));
  }

  @Test
  void malformedThresholdValuePrintsOneLineNamingTheKeyAndTheExpectedShape() throws Exception {
    Result r = run("malformed-value", "threshold.extract.target=fast", UnaryOperator.identity());
    List<String> lines = r.run().agentMessages();
    assertEquals(1, lines.size(), () -> "agent messages: " + lines);
    String line = lines.get(0);
    assertTrue(line.contains("threshold.extract.target"), line);
    assertTrue(line.contains("'fast'"), line);
    assertTrue(line.contains("expected") && line.contains("1ms"), line);
  }

  @Test
  void twoProblemsPrintTwoLinesEachNamingItsKey() throws Exception {
    Result r =
        run("two-problems", "nosuchkey=1;threshold.extract.target=fast", UnaryOperator.identity());
    List<String> lines = r.run().agentMessages();
    assertEquals(2, lines.size(), () -> "agent messages: " + lines);
    assertEquals(1, lines.stream().filter(l -> l.contains("nosuchkey")).count(), lines::toString);
    assertEquals(
        1,
        lines.stream().filter(l -> l.contains("threshold.extract.target='fast'")).count(),
        lines::toString);
  }

  @Test
  void unknownSystemPropertyKeyPrintsOneLineNamingIt() throws Exception {
    Result r = run("unknown-property", "", l -> l.withJvmArgs("-Dboundary.nosuchkey=1"));
    List<String> lines = r.run().agentMessages();
    assertEquals(1, lines.size(), () -> "agent messages: " + lines);
    assertTrue(lines.get(0).contains("boundary.nosuchkey"), lines.get(0));
    assertTrue(lines.get(0).contains("accepted"), lines.get(0));
  }

  @Test
  void unknownEnvironmentVariablePrintsOneLineNamingIt() throws Exception {
    Result r = run("unknown-env", "", l -> l.withEnv("BOUNDARY_NOSUCHKEY", "1"));
    List<String> lines = r.run().agentMessages();
    assertEquals(1, lines.size(), () -> "agent messages: " + lines);
    assertTrue(lines.get(0).contains("BOUNDARY_NOSUCHKEY"), lines.get(0));
    assertTrue(lines.get(0).contains("accepted"), lines.get(0));
  }

  @Test
  void malformedValueKeepsTheDefaultWhileAValidValueApplies() throws Exception {
    // The bridge enters two lock-releasing phases per operation: the default target of 2
    // releases is met, a target of 3 is not.
    Result valid =
        run("valid-releases", "threshold.lockReleases.target=3", UnaryOperator.identity());
    assertEquals(List.of(), valid.run().agentMessages(), "agent messages");
    assertTrue(
        flagIds(valid.json()).contains("LOCK_RELEASES_BELOW_TARGET"), valid.json()::toString);

    Result bad =
        run("bad-releases", "threshold.lockReleases.target=many", UnaryOperator.identity());
    assertEquals(1, bad.run().agentMessages().size(), bad.run()::describe);
    assertTrue(bad.run().agentMessages().get(0).contains("threshold.lockReleases.target"));
    assertFalse(flagIds(bad.json()).contains("LOCK_RELEASES_BELOW_TARGET"), bad.json()::toString);
  }

  /** A finished run of the bridge with its JSON report. */
  private record Result(JvmRun run, JsonNode json) {}

  /**
   * Runs the bridge with extra agent options and checks what every run here must show: exit 0, the
   * application's own output, the JSON report with every operation, the text report.
   */
  private static Result run(String name, String agentOptions, UnaryOperator<JvmLauncher> more)
      throws Exception {
    Path dir = Artifacts.freshWorkDir("config-" + name);
    Path report = dir.resolve("report.json");
    String options = agentOptions.isEmpty() ? "" : agentOptions + ";";
    JvmRun run =
        more.apply(TestApps.withAgent(BridgeMain.class, options + "json=" + report))
            .withArgs(OPERATIONS)
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("stored " + OPERATIONS + " batches"), run::describe);
    JsonNode json = JsonReports.read(report);
    assertEquals(
        Long.parseLong(OPERATIONS),
        JsonReports.operation(json, "store_orders").path("count").asLong(),
        "store_orders count");
    assertEquals(List.of("store_orders"), TextReports.parse(run.stderr()).operations());
    return new Result(run, json);
  }

  private static List<String> flagIds(JsonNode json) {
    return JsonReports.operation(json, "store_orders").findValuesAsText("id");
  }
}
