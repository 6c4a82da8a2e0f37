package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.AgentCli;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.LiveJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar boundary-agent.jar attach <pid>} loads the agent into a demo application that
 * started without it; the already loaded annotated classes are retransformed and recorded, and the
 * report is written at the JVM's exit, or by {@code detach <pid>}.
 */
class AttachIT {
  private static final List<String> OPERATIONS = List.of("find", "insert_many", "update_many");

  private static LiveJvm startDemo(Path dir, String duration) throws IOException {
    return JvmLauncher.currentJava()
        .withJar(Artifacts.demoJar())
        .withArgs("--threads", "1", "--batch", "100", "--duration", duration)
        .start(dir);
  }

  private static void assertOperationsRecorded(JsonNode report, String describe) {
    for (String name : OPERATIONS) {
      JsonNode op = JsonReports.operation(report, name);
      assertTrue(op.get("count").asLong() > 0, name + " recorded after attach: " + describe);
      assertTrue(
          JsonReports.phases(op).keySet().containsAll(List.of("EXTRACT", "NETWORK")),
          name + " phases: " + op);
    }
    assertEquals(0, report.get("jvm").get("suppressedErrors").asLong(), describe);
  }

  @Test
  void attachedAgentWritesTheReportWhenTheJvmExits() throws Exception {
    Path dir = Artifacts.freshWorkDir("attach-exit");
    Path json = dir.resolve("report.json");
    LiveJvm demo = startDemo(dir.resolve("demo"), "15s");
    demo.awaitLineStartingWith("[");
    JvmRun attach =
        AgentCli.run(
            dir.resolve("cli"),
            "attach",
            Long.toString(demo.pid()),
            "json=" + json + ";report=off");
    assertEquals(0, attach.exitCode(), attach::describe);
    assertTrue(attach.stdout().contains("attached to JVM " + demo.pid()), attach::describe);
    JvmRun run = demo.awaitExit();
    assertEquals(0, run.exitCode(), run::describe);
    assertOperationsRecorded(JsonReports.read(json), run.describe());
  }

  @Test
  void detachWritesTheReportRemovesTheWeavingAndTheJvmRunsOn() throws Exception {
    Path dir = Artifacts.freshWorkDir("attach-detach");
    Path json = dir.resolve("report.json");
    Path text = dir.resolve("report.txt");
    LiveJvm demo = startDemo(dir.resolve("demo"), "120s");
    try {
      demo.awaitLineStartingWith("[");
      String pid = Long.toString(demo.pid());
      JvmRun attach =
          AgentCli.run(
              dir.resolve("cli-attach"),
              "attach",
              pid,
              "json=" + json + ";report=" + text + ";snapshotInterval=1s");
      assertEquals(0, attach.exitCode(), attach::describe);
      awaitSnapshotWithOperations(json);

      JvmRun twice = AgentCli.run(dir.resolve("cli-twice"), "attach", pid, "json=" + json);
      assertEquals(
          1, twice.exitCode(), "an attach that changed nothing fails: " + twice.describe());
      assertTrue(twice.stderr().contains("did nothing: already profiling"), twice::describe);
      assertFalse(twice.stdout().contains("attached to"), twice::describe);

      JvmRun detach = AgentCli.run(dir.resolve("cli-detach"), "detach", pid);
      assertEquals(0, detach.exitCode(), detach::describe);
      assertTrue(detach.stdout().contains("detached from JVM " + pid), detach::describe);
      assertOperationsRecorded(JsonReports.read(json), detach.describe());
      assertTrue(Files.readString(text).contains("insert_many ("), "text report at detach");
      FileTime detachedAt = Files.getLastModifiedTime(json);

      JvmRun again = AgentCli.run(dir.resolve("cli-again"), "attach", pid, "json=" + json);
      assertEquals(1, again.exitCode(), "the target refused: " + again.describe());
      assertTrue(again.stderr().contains("attaching again is not supported"), again::describe);
      JvmRun detachAgain = AgentCli.run(dir.resolve("cli-detach-again"), "detach", pid);
      assertEquals(1, detachAgain.exitCode(), "nothing to detach: " + detachAgain.describe());
      assertTrue(detachAgain.stderr().contains("nothing to do"), detachAgain::describe);

      demo.signal("TERM");
      JvmRun run = demo.awaitExit();
      assertTrue(
          run.stderr().contains("[boundary-tracer] detached: reports written, weaving removed"),
          run::describe);
      assertTrue(
          run.stderr().contains("attaching again is not supported"),
          "one clear message for a second attach: " + run.describe());
      assertEquals(
          detachedAt,
          Files.getLastModifiedTime(json),
          "nothing rewrites the report after detach (no snapshots, no exit hook)");
      assertFalse(run.stderr().contains("internal error suppressed"), run::describe);
    } finally {
      demo.destroy();
    }
  }

  /** Waits for the periodic report to show every operation: recording runs after the attach. */
  private static void awaitSnapshotWithOperations(Path json) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Files.exists(json)) {
        JsonNode report = JsonReports.read(json);
        if (JsonReports.operations(report).keySet().containsAll(OPERATIONS)) {
          return;
        }
      }
      Thread.sleep(100); // polling a file another process writes; no event to wait on
    }
    throw new AssertionError("no periodic report with " + OPERATIONS + " within 60 s: " + json);
  }
}
