package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.locks.LockAccuracyMain;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One run of {@link LockAccuracyMain} under the agent: the JSON report and the ground truth the
 * application printed ({@code truth} lines: held nanoseconds per operation; {@code truthwait}: the
 * contended operation's wait).
 *
 * @param run the JVM run
 * @param json the agent's JSON report
 * @param truthHeldNanos operation name to {inner, outer}: the held nanoseconds the application
 *     timed itself inside and around its critical sections (the real hold lies between)
 * @param truthWaitNanos the waits the contended operation's thread timed around {@code lock()}
 */
public record LockAccuracyRun(
    JvmRun run, JsonNode json, Map<String, long[]> truthHeldNanos, long truthWaitNanos) {

  /** The lock the configuration designates in every run ({@code boundary.lock}). */
  public static final String CONFIGURED_LOCK = "dev.boundarytracer.it.app.locks.Locks#CONFIGURED";

  /**
   * Runs the application.
   *
   * @param launcher a launcher for the Java to use
   * @param name the run's directory name
   * @param mode {@code platform} or {@code virtual}
   * @return the run
   * @throws Exception when the JVM cannot be run or its report read
   */
  public static LockAccuracyRun run(JvmLauncher launcher, String name, String mode)
      throws Exception {
    Path dir = Artifacts.freshWorkDir(name);
    Path report = dir.resolve("report.json");
    JvmRun run =
        launcher
            .withAgent(Artifacts.agentJar(), "json=" + report + ";lock=" + CONFIGURED_LOCK)
            .withMainClass(LockAccuracyMain.class, Artifacts.testClasses(), Artifacts.runtimeJar())
            .withArgs(mode)
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    Map<String, long[]> held = new HashMap<>();
    long wait = -1;
    for (String line : run.stdout().lines().toList()) {
      String[] f = line.split("\t");
      if (f[0].equals("truth")) {
        held.put(f[1], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
      } else if (f[0].equals("truthwait")) {
        wait = Long.parseLong(f[2]);
      }
    }
    return new LockAccuracyRun(run, JsonReports.read(report), held, wait);
  }
}
