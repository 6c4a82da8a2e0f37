package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.pointcut.PointcutMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles unmodified third-party code with a pointcut file only: Jackson's {@code
 * ObjectMapper#writeValueAsBytes} as CONVERT and every H2 implementation of {@code
 * java.sql.Statement#executeBatch} as NETWORK, under an operation on the test application's own
 * (unannotated) method. The file also holds a pointcut that matches nothing and a malformed line.
 */
class PointcutIT {
  private static final int SAVES = PointcutMain.SAVES;
  private static final int BATCH = PointcutMain.BATCH;
  private static JvmRun run;
  private static JsonNode report;
  private static Path pointcuts;

  @BeforeAll
  static void runWithPointcuts() throws Exception {
    Path dir = Artifacts.freshWorkDir("pointcuts");
    pointcuts = dir.resolve("pointcuts.txt");
    Files.write(
        pointcuts,
        List.of(
            "# profile code that carries no annotation",
            "operation save_orders dev.boundarytracer.it.app.pointcut.OrderRepository"
                + "#saveAll(java.util.List) docs=0",
            "operation load_orders dev.boundarytracer.it.app.pointcut.OrderRepository#loadIds"
                + " docs=return",
            "phase CONVERT com.fasterxml.jackson.databind.ObjectMapper#writeValueAsBytes",
            "",
            "phase NETWORK +java.sql.Statement#executeBatch lock=released",
            "phase EXTRACT com.example.absent.*#read",
            "phase SERIALIZE com.example.Repo#save"));
    Path json = dir.resolve("report.json");
    run =
        TestApps.withAgent(
                PointcutMain.class,
                "json=" + json + ";pointcuts=" + pointcuts,
                Artifacts.libs("thirdparty"))
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    report = JsonReports.read(json);
  }

  @Test
  void theApplicationRunsUnchangedWithNoAgentErrors() {
    assertTrue(run.stdout().contains("loaded=" + SAVES * BATCH), run::describe);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
  }

  @Test
  void recordsTheOperationOnTheApplicationsOwnMethodWithDocsFromItsParameter() {
    JsonNode save = JsonReports.operation(report, "save_orders");
    assertEquals(SAVES, save.get("count").asLong());
    assertEquals(SAVES * BATCH, save.get("docs").asLong());
  }

  @Test
  void recordsJacksonEncodingAsConvertOncePerCall() {
    Map<String, JsonNode> phases = JsonReports.phases(JsonReports.operation(report, "save_orders"));
    assertEquals(SAVES * BATCH, phases.get("CONVERT").get("count").asLong(), phases::toString);
  }

  @Test
  void recordsEveryH2StatementBatchAsNetworkOncePerCall() {
    Map<String, JsonNode> phases = JsonReports.phases(JsonReports.operation(report, "save_orders"));
    // one PreparedStatement batch and one Statement batch per save: both H2 classes implement
    // java.sql.Statement#executeBatch
    assertEquals(2 * SAVES, phases.get("NETWORK").get("count").asLong(), phases::toString);
    assertEquals("RELEASED", phases.get("NETWORK").get("lock").asText());
    assertEquals(2, phases.size(), "only CONVERT and NETWORK: " + phases.keySet());
    // a release per transition into a released phase: the run of encodings (one per order), then
    // the batches
    assertEquals(
        2 * SAVES, JsonReports.operation(report, "save_orders").get("lockReleases").asLong());
  }

  @Test
  void takesTheDocumentCountFromTheReturnValue() {
    JsonNode load = JsonReports.operation(report, "load_orders");
    assertEquals(1, load.get("count").asLong());
    assertEquals(SAVES * BATCH, load.get("docs").asLong());
  }

  @Test
  void listsThePointcutThatMatchedNothing() {
    JsonNode unmatched = report.get("unmatchedPointcuts");
    assertEquals(1, unmatched.size(), unmatched::toString);
    assertEquals(
        pointcuts + ":7 phase EXTRACT com.example.absent.*#read", unmatched.get(0).asText());
    assertTrue(
        run.stderr().contains("Pointcuts that matched no method:\n  " + pointcuts + ":7 "),
        run::describe);
  }

  @Test
  void reportsTheMalformedLineWithFileLineAndWhatIsExpected() {
    String expected =
        "[boundary-tracer] pointcut file "
            + pointcuts
            + " line 8: 'SERIALIZE' is not a phase: expected EXTRACT, CONVERT, NETWORK or"
            + " MATERIALIZE; line ignored";
    assertTrue(run.stderr().contains(expected), run::describe);
  }
}
