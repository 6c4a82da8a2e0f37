package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.otel.OtelMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenTelemetry Java agent and ours on the same JVM, in both {@code -javaagent} orders, on the
 * same methods: OpenTelemetry's {@code @WithSpan} instrumentation still makes spans (a valid span
 * is current inside each method), and our report counts every call.
 */
class OpenTelemetryAgentIT {

  @ParameterizedTest(name = "{0} first")
  @ValueSource(strings = {"opentelemetry", "boundary"})
  void bothAgentsInstrumentTheSameMethods(String first) throws Exception {
    Path dir = Artifacts.freshWorkDir("otel-" + first + "-first");
    Path json = dir.resolve("report.json");
    String otel = "-javaagent:" + Artifacts.libs("otel-agent")[0];
    String boundary = "-javaagent:" + Artifacts.agentJar() + "=json=" + json + ";report=off";
    List<String> jvmArgs = new ArrayList<>();
    jvmArgs.add(first.equals("opentelemetry") ? otel : boundary);
    jvmArgs.add(first.equals("opentelemetry") ? boundary : otel);
    jvmArgs.addAll(
        List.of(
            "-Dotel.traces.exporter=none",
            "-Dotel.metrics.exporter=none",
            "-Dotel.logs.exporter=none",
            // only the instrumentations this test relies on: start-up in seconds, not half a
            // minute, on a small CI machine
            "-Dotel.instrumentation.common.default-enabled=false",
            "-Dotel.instrumentation.opentelemetry-api.enabled=true",
            "-Dotel.instrumentation.opentelemetry-instrumentation-annotations.enabled=true"));
    JvmRun run =
        JvmLauncher.currentJava()
            .withJvmArgs(jvmArgs.toArray(String[]::new))
            .withMainClass(OtelMain.class, TestApps.classPath(Artifacts.libs("otel")))
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(
        run.stdout().contains("validSpans=" + OtelMain.CALLS),
        "OpenTelemetry's instrumentation applied: " + run.describe());
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    JsonNode op = JsonReports.operation(report, "traced_op");
    assertEquals(OtelMain.CALLS, op.get("count").asLong());
    assertEquals(OtelMain.CALLS, JsonReports.phases(op).get("CONVERT").get("count").asLong());
    assertTrue(!run.stderr().contains("cannot weave"), run::describe);
  }
}
