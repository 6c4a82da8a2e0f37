package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.perdoc.PerDocumentMain;
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
 * An operation that encodes its documents with a parallel stream through a per-document method
 * matched by a pointcut: every call belongs to the operation (also those on pool threads), the
 * convert total per operation is the sum of the calls, convert is judged parallel per operation,
 * and lock releases count transitions (one for the convert run, one for network).
 */
class PerDocumentPhaseIT {
  private static final int OPS = PerDocumentMain.OPERATIONS;
  private static final int DOCS = PerDocumentMain.DOCS;
  private static final String APP = "dev.boundarytracer.it.app.perdoc.DocumentEncoder";
  private static JvmRun run;
  private static JsonNode report;
  private static String text;

  @BeforeAll
  static void runWithPerDocumentPointcut() throws Exception {
    Path dir = Artifacts.freshWorkDir("per-document");
    Path pointcuts = dir.resolve("pointcuts.txt");
    Files.write(
        pointcuts,
        List.of(
            "operation encode_orders " + APP + "#encodeAll docs=0",
            "phase EXTRACT " + APP + "#snapshot",
            "phase CONVERT " + APP + "#encodeOne(String) lock=released",
            "phase NETWORK " + APP + "#send lock=released",
            "phase CONVERT " + APP + "#lambda$encodeAll$0"));
    Path json = dir.resolve("report.json");
    Path txt = dir.resolve("report.txt");
    run =
        TestApps.withAgent(
                PerDocumentMain.class,
                "json=" + json + ";report=" + txt + ";pointcuts=" + pointcuts)
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    report = JsonReports.read(json);
    text = Files.readString(txt);
  }

  @Test
  void everyPerDocumentCallBelongsToTheOperation() {
    Map<String, JsonNode> ops = JsonReports.operations(report);
    assertEquals(List.of("encode_orders"), List.copyOf(ops.keySet()), text);
    JsonNode op = ops.get("encode_orders");
    assertEquals(OPS, op.path("count").asLong());
    JsonNode convert = JsonReports.phases(op).get("CONVERT");
    assertEquals((long) OPS * DOCS, convert.path("count").asLong(), text);
    assertFalse(text.contains("phases called outside any operation"), text);
    assertTrue(text.contains(DOCS + " calls/op"), text);
  }

  @Test
  void aSimpleJavaLangParameterTypeMatchesAndALambdaPointcutNamesTheEnclosingMethod() {
    // encodeOne(String) matched: every document's call is recorded (see above).
    assertTrue(
        run.stderr().contains("'lambda$encodeAll$0' is a lambda's synthetic method")
            && run.stderr().contains("name the enclosing method 'encodeAll'"),
        run::describe);
  }

  @Test
  void convertTotalPerOperationIsTheSumOfItsCalls() {
    JsonNode convert =
        JsonReports.phases(JsonReports.operation(report, "encode_orders")).get("CONVERT");
    assertEquals(DOCS, convert.path("callsPerOperation").asDouble(), 1e-9);
    long sum = convert.path("perOperationNanos").path("sum").asLong();
    double mean = convert.path("perOperationNanos").path("mean").asDouble();
    assertEquals(sum / (double) OPS, mean, 1.0, convert.toString());
    assertEquals(
        convert.path("nanos").path("mean").asDouble() * DOCS,
        mean,
        mean * 0.001,
        convert.toString());
  }

  @Test
  void convertIsJudgedParallelPerOperation() {
    assertFalse(
        JsonReports.flags(report).contains("encode_orders/CONVERT_NOT_PARALLEL/CRITICAL"),
        JsonReports.flags(report).toString());
  }

  @Test
  void lockReleasesCountTransitionsNotCalls() {
    JsonNode op = JsonReports.operation(report, "encode_orders");
    assertEquals(2.0, op.path("lockReleasesPerOperation").asDouble(), 1e-9, op.toString());
  }
}
