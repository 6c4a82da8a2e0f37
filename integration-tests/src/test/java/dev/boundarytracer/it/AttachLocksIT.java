package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.attach.InstanceLockMain;
import dev.boundarytracer.it.support.AgentCli;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.LiveJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Designation after attach: the current value of a designated static field is read and measured; an
 * instance field whose object existed before the attach is reported as not measured, and its
 * operation keeps its declared figures with a note, while objects created later are measured.
 */
class AttachLocksIT {

  @Test
  void attachedToARunningDemoMeasuresItsStaticLock() throws Exception {
    Path dir = Artifacts.freshWorkDir("attach-locks-demo");
    Path json = dir.resolve("report.json");
    Path text = dir.resolve("report.txt");
    LiveJvm demo =
        JvmLauncher.currentJava()
            .withJar(Artifacts.demoJar())
            .withArgs("--threads", "2", "--batch", "100", "--duration", "20s")
            .start(dir.resolve("demo"));
    try {
      demo.awaitLineStartingWith("[");
      JvmRun attach =
          AgentCli.run(
              dir.resolve("cli"),
              "attach",
              Long.toString(demo.pid()),
              "json=" + json + ";report=" + text);
      assertEquals(0, attach.exitCode(), attach::describe);
      JvmRun run = demo.awaitExit();
      assertEquals(0, run.exitCode(), run::describe);
      JsonNode report = JsonReports.read(json);
      JsonNode gil = lock(report, "gil");
      assertTrue(gil.path("acquisitions").asLong() > 0, gil.toString());
      assertTrue(gil.path("utilization").asDouble() > 0.0, gil.toString());
      JsonNode insert = JsonReports.operation(report, "insert_many");
      assertEquals("MEASURED", insert.path("lockSource").asText(), insert.toString());
      assertTrue(report.path("undesignatedLocks").isMissingNode(), report.toString());
      String textReport = Files.readString(text);
      assertTrue(textReport.contains("\nLocks:\n  gil: utilization "), textReport);
      assertTrue(textReport.contains("Lock (measured): held "), textReport);
    } finally {
      demo.destroy();
    }
  }

  @Test
  void instanceFieldWhoseObjectExistedBeforeTheAttachIsReportedAsNotMeasured() throws Exception {
    Path dir = Artifacts.freshWorkDir("attach-locks-instance");
    Path json = dir.resolve("report.json");
    Path text = dir.resolve("report.txt");
    Path go = dir.resolve("go");
    LiveJvm app =
        JvmLauncher.currentJava()
            .withMainClass(InstanceLockMain.class, Artifacts.testClasses(), Artifacts.runtimeJar())
            .withArgs(go.toString())
            .start(dir.resolve("app"));
    try {
      app.awaitLine("ready");
      JvmRun attach =
          AgentCli.run(
              dir.resolve("cli"),
              "attach",
              Long.toString(app.pid()),
              "json=" + json + ";report=" + text);
      assertEquals(0, attach.exitCode(), attach::describe);
      Files.createFile(go);
      JvmRun run = app.awaitExit();
      assertEquals(0, run.exitCode(), run::describe);
      assertTrue(run.stdout().lines().anyMatch("done"::equals), run::describe);
      JsonNode report = JsonReports.read(json);

      JsonNode undesignated = report.path("undesignatedLocks");
      assertEquals(1, undesignated.size(), report.toString());
      assertEquals(
          InstanceLockMain.Repository.class.getName() + "#lock",
          undesignated.get(0).path("field").asText());
      assertEquals("repository", undesignated.get(0).path("lock").asText());

      JsonNode before = JsonReports.operation(report, "save_before_attach");
      assertEquals("DECLARED", before.path("lockSource").asText(), before.toString());
      assertFalse(before.path("lockNote").asText().isEmpty(), before.toString());
      JsonNode after = JsonReports.operation(report, "load_after_attach");
      assertEquals("MEASURED", after.path("lockSource").asText(), after.toString());
      assertEquals(InstanceLockMain.CALLS, after.path("lockAcquisitions").asLong());

      String textReport = Files.readString(text);
      assertTrue(
          textReport.contains(
              "\nLocks not measured:\n  repository ("
                  + InstanceLockMain.Repository.class.getName()
                  + "#lock): instance field"),
          textReport);
      assertEquals(List.of(), run.agentMessages(), run::describe);
    } finally {
      app.destroy();
    }
  }

  private static JsonNode lock(JsonNode report, String name) {
    for (JsonNode lock : report.path("locks")) {
      if (lock.path("name").asText().equals(name)) {
        return lock;
      }
    }
    throw new AssertionError("no lock " + name + " in " + report.path("locks"));
  }
}
