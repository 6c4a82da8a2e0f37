package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.parallel.LateAttachMain;
import dev.boundarytracer.it.app.parallel.ParallelMain;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * One run of {@link ParallelMain} under the agent: the agent's JSON report, text report and
 * recording, and the application's own ground truth.
 *
 * @param jvm the finished JVM
 * @param json the agent's JSON report
 * @param text the agent's text report
 * @param truth what the application observed ({@code <operation>.threadsSum}, ...)
 * @param recording the JFR recording file
 */
public record ParallelRun(
    JvmRun jvm, JsonNode json, String text, Properties truth, Path recording) {

  /**
   * Runs the application.
   *
   * @param launcher a launcher for the Java to use, without agent or main class yet
   * @param name a name for the run's work directory
   * @param calls calls per operation
   * @return the run; fails the test when the JVM exits non-zero
   */
  public static ParallelRun run(JvmLauncher launcher, String name, int calls)
      throws IOException, InterruptedException {
    Path dir = Artifacts.freshWorkDir(name);
    Path json = dir.resolve("report.json");
    Path text = dir.resolve("report.txt");
    Path jfr = dir.resolve("run.jfr");
    Path truth = dir.resolve("truth.properties");
    JvmRun run =
        launcher
            .withAgent(
                Artifacts.agentJar(),
                "json=" + json + ";report=" + text + ";jfr=" + jfr + ";jfr.settings=profile")
            .withMainClass(ParallelMain.class, Artifacts.testClasses(), Artifacts.runtimeJar())
            .withArgs(truth.toString(), Integer.toString(calls))
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(truth)) {
      p.load(r);
    }
    return new ParallelRun(run, JsonReports.read(json), Files.readString(text), p, jfr);
  }

  /**
   * Runs the application on the current Java without the agent, attaches the agent with {@code jcmd
   * <pid> JVMTI.agent_load} once the application has used every executor kind, then lets it run the
   * scenarios: the JDK classes are already loaded and in use when the advice arrives.
   *
   * @param name a name for the run's work directory
   * @param calls calls per operation
   * @return the run; fails the test when jcmd or the JVM exits non-zero
   */
  public static ParallelRun attachLate(String name, int calls)
      throws IOException, InterruptedException {
    Path dir = Artifacts.freshWorkDir(name);
    Path json = dir.resolve("report.json");
    Path text = dir.resolve("report.txt");
    Path jfr = dir.resolve("run.jfr");
    Path truth = dir.resolve("truth.properties");
    // jcmd splits its arguments at '=', so the agent's options travel as system properties.
    LiveJvm live =
        JvmLauncher.currentJava()
            .withJvmArgs(
                "-Dboundary.json=" + json,
                "-Dboundary.report=" + text,
                "-Dboundary.jfr=" + jfr,
                "-Dboundary.jfr.settings=profile")
            .withMainClass(LateAttachMain.class, Artifacts.testClasses(), Artifacts.runtimeJar())
            .withArgs(truth.toString(), Integer.toString(calls))
            .start(dir);
    live.awaitLine("ready");
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process attach =
        new ProcessBuilder(
                jcmd.toString(),
                Long.toString(live.pid()),
                "JVMTI.agent_load",
                Artifacts.agentJar().toString())
            .redirectErrorStream(true)
            .start();
    String attachOutput = new String(attach.getInputStream().readAllBytes());
    assertEquals(0, attach.waitFor(), "jcmd: " + attachOutput);
    Files.createFile(dir.resolve("go"));
    JvmRun run = live.awaitExit();
    assertEquals(0, run.exitCode(), run::describe);
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(truth)) {
      p.load(r);
    }
    return new ParallelRun(run, JsonReports.read(json), Files.readString(text), p, jfr);
  }

  /**
   * The convert phase of an operation in the JSON report.
   *
   * @param operation the operation's name
   * @return the phase object
   */
  public JsonNode convert(String operation) {
    return JsonReports.phases(JsonReports.operation(json, operation)).get("CONVERT");
  }

  /**
   * A ground-truth figure.
   *
   * @param operation the operation's name
   * @param key {@code calls}, {@code threadsSum}, {@code threadsMax}, {@code items} or {@code
   *     cpuNanos}
   * @return the value; fails when absent
   */
  public long truth(String operation, String key) {
    String value = truth.getProperty(operation + "." + key);
    if (value == null) {
      throw new AssertionError("no ground truth " + operation + "." + key + " in " + truth);
    }
    return Long.parseLong(value);
  }

  /**
   * The {@code dev.boundarytracer.Phase} events of one operation in the recording.
   *
   * @param operation the operation's name
   * @return the events, in recording order
   */
  public List<RecordedEvent> phaseEvents(String operation) throws IOException {
    List<RecordedEvent> events = new ArrayList<>();
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (e.getEventType().getName().equals("dev.boundarytracer.Phase")
          && operation.equals(e.getString("operation"))) {
        events.add(e);
      }
    }
    return events;
  }
}
