package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the demo application once per (Java home, profile) for the whole failsafe JVM and hands the
 * same run to every test class that asks, so that the profiles' assertions and the recording's
 * share one run each.
 *
 * <p>Thread-safe: concurrent callers for the same key wait for the one run.
 */
public final class DemoRuns {
  /** Small enough to keep the module's run time low, large enough for percentiles and flags. */
  public static final String[] SIZE = {"--threads", "2", "--ops", "40", "--batch", "500"};

  private static final Map<String, DemoRun> RUNS = new ConcurrentHashMap<>();

  private DemoRuns() {}

  /**
   * The demo run of a profile on the JVM that runs the tests, started on first use. Fails the
   * calling test when the demo does not exit 0.
   *
   * @param profile {@code healthy}, {@code contended} or {@code serial}
   * @return the finished run with its parsed JSON report
   */
  public static DemoRun onCurrentJava(String profile) {
    return run(JvmLauncher.currentJava(), "java" + Runtime.version().feature(), profile);
  }

  /**
   * The demo run of a profile on the current JVM with other sizes than {@link #SIZE}, started on
   * first use.
   *
   * @param profile a demo profile name
   * @param size the demo's size options, e.g. {@code --threads 3 --ops 30 --batch 100}
   * @return the finished run with its parsed JSON report
   */
  public static DemoRun sized(String profile, String... size) {
    return RUNS.computeIfAbsent(
        "java" + Runtime.version().feature() + "-" + profile + "-" + String.join("", size),
        key -> start(JvmLauncher.currentJava(), key, profile, size));
  }

  /**
   * The demo run of a profile on a given JVM, started on first use.
   *
   * @param launcher a launcher for the JVM to use, without agent or jar
   * @param jvmName a short name of that JVM for the work directory, e.g. {@code java25}
   * @param profile {@code healthy}, {@code contended} or {@code serial}
   * @return the finished run with its parsed JSON report
   */
  public static DemoRun run(JvmLauncher launcher, String jvmName, String profile) {
    return RUNS.computeIfAbsent(
        jvmName + "-" + profile, key -> start(launcher, key, profile, SIZE));
  }

  /**
   * The demo run of a profile on the current JVM for a fixed wall time rather than a number of
   * operations: for checks that need the run to span several periods of a periodic event.
   *
   * @param profile {@code healthy}, {@code contended}, {@code serial} or {@code mislabeled}
   * @param duration the demo's {@code --duration}, e.g. {@code 3s}
   * @return the finished run with its parsed JSON report
   */
  public static DemoRun forDuration(String profile, String duration) {
    String[] args = {"--threads", "2", "--batch", "500", "--duration", duration};
    return RUNS.computeIfAbsent(
        "java" + Runtime.version().feature() + "-" + profile + "-" + duration,
        key -> start(JvmLauncher.currentJava(), key, profile, args));
  }

  private static DemoRun start(JvmLauncher launcher, String key, String profile, String[] size) {
    Path dir = Artifacts.freshWorkDir("demo-" + key);
    Path json = dir.resolve("report.json");
    Path jfr = dir.resolve("recording.jfr");
    try {
      JvmRun jvm =
          launcher
              .withAgent(Artifacts.agentJar(), "json=" + json + ";jfr=" + jfr)
              .withJar(Artifacts.demoJar())
              .withArgs(size)
              .withArgs("--profile", profile)
              .run(dir);
      assertEquals(
          0, jvm.exitCode(), () -> "demo --profile " + profile + " failed\n" + jvm.describe());
      return new DemoRun(profile, jvm, json, jfr, JsonReports.read(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the demo ran", e);
    }
  }
}
