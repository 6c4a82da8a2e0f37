package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarytracer.it.app.GatedMain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The demo under the agent with no {@code jfr=} key, recorded by a recording that {@code jcmd <pid>
 * JFR.start settings=default settings=boundary-profile.jfc} starts before the demo's first
 * operation, as a user would in production: the JSON report is the agent's, the recording is the
 * user's.
 */
public final class JcmdRecording {
  private JcmdRecording() {}

  /**
   * Runs the demo with a jcmd-started recording.
   *
   * @param profile the demo's {@code --profile}
   * @return the run; its {@code jfrPath} is the jcmd recording
   */
  public static DemoRun demo(String profile) throws IOException, InterruptedException {
    Path dir = Artifacts.freshWorkDir("jcmd-" + profile);
    Path json = dir.resolve("report.json");
    Path jfr = dir.resolve("jcmd.jfr");
    Path settings = dir.resolve("boundary-profile.jfc");
    try (JarFile agent = new JarFile(Artifacts.agentJar().toFile());
        InputStream in = agent.getInputStream(agent.getEntry("boundary-profile.jfc"))) {
      Files.copy(in, settings);
    }
    LiveJvm live =
        JvmLauncher.currentJava()
            .withAgent(Artifacts.agentJar(), "json=" + json)
            .withMainClass(GatedMain.class, Artifacts.testClasses(), Artifacts.demoJar())
            .withArgs("dev.boundarytracer.demo.DemoApp")
            .withArgs(DemoRuns.SIZE)
            .withArgs("--profile", profile)
            .start(dir);
    live.awaitLine("ready");
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process start =
        new ProcessBuilder(
                jcmd.toString(),
                Long.toString(live.pid()),
                "JFR.start",
                "name=user",
                "settings=default",
                "settings=" + settings,
                "filename=" + jfr,
                "dumponexit=true")
            .redirectErrorStream(true)
            .start();
    String output = new String(start.getInputStream().readAllBytes());
    assertEquals(0, start.waitFor(), "jcmd JFR.start: " + output);
    Files.createFile(dir.resolve("go"));
    JvmRun run = live.awaitExit();
    assertEquals(0, run.exitCode(), run::describe);
    return new DemoRun(profile, run, json, jfr, JsonReports.read(json));
  }
}
