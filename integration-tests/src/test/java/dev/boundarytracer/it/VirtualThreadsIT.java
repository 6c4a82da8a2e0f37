package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.virtual.VirtualThreadsMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.Java25;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On Java 25, operations running on many short virtual threads that unmount inside a phase are
 * recorded per operation exactly, in a heap far too small to keep one thread's recording state for
 * every virtual thread that ever ran.
 */
class VirtualThreadsIT {

  @Test
  void recordsEveryOperationOnVirtualThreadsExactlyInABoundedHeap() throws Exception {
    Path home = Java25.homeOrSkip();
    Path dir = Artifacts.freshWorkDir("virtual-threads");
    Path json = dir.resolve("report.json");
    JvmRun run =
        JvmLauncher.javaHome(home)
            // 10 000 concurrent tasks: with one set of histograms per virtual thread (tens of KiB
            // each) the recording state alone would need several hundred MiB
            .withJvmArgs("-Xmx96m")
            .withAgent(Artifacts.agentJar(), "json=" + json + ";report=off")
            .withMainClass(VirtualThreadsMain.class, TestApps.classPath())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    int tasks = VirtualThreadsMain.TASKS;
    assertTrue(run.stdout().contains("virtual=" + tasks), run::describe);
    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), run::describe);
    assertTrue(report.get("jvm").get("javaVersion").asText().startsWith("25"), run::describe);
    JsonNode op = JsonReports.operation(report, "virtual_op");
    assertEquals(tasks, op.get("count").asLong());
    assertEquals(tasks * (long) VirtualThreadsMain.DOCS, op.get("docs").asLong());
    assertEquals(0, op.get("errors").asLong());
    Map<String, JsonNode> phases = JsonReports.phases(op);
    assertEquals(tasks, phases.get("CONVERT").get("count").asLong());
    assertEquals(tasks, phases.get("NETWORK").get("count").asLong());
    assertTrue(
        phases.get("NETWORK").get("nanos").get("min").asLong() >= 1_000_000,
        "each NETWORK phase slept at least 1 ms: " + phases.get("NETWORK"));
  }
}
