package dev.boundarytracer.internal;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.jfr.JfrSupport;
import dev.boundarytracer.jvm.JvmMonitor;
import dev.boundarytracer.recording.Aggregator;
import dev.boundarytracer.recording.OperationRegistry;
import dev.boundarytracer.recording.ThreadState;
import dev.boundarytracer.report.ReportFiles;
import dev.boundarytracer.report.TextReport;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.nio.file.Path;
import jdk.jfr.Recording;

/**
 * The agent's life in the JVM, in two steps so that start-up stays cheap.
 *
 * <ol>
 *   <li>{@link #prepare}, from the premain: keeps the configuration and registers the exit report
 *       (normal exit, {@code System.exit}, SIGINT, SIGTERM). Loads no JFR, histogram or JSON class.
 *   <li>{@link #activate}, when the first class that needs the agent loads: starts recording, the
 *       JVM sampler and JFR.
 * </ol>
 *
 * <p>When nothing was ever activated the exit report still appears and says that no operations were
 * recorded; it then loads only the text report's classes (and Jackson when a JSON report is
 * configured).
 */
public final class AgentRuntime {
  private static volatile Thresholds thresholds = Thresholds.DEFAULTS;
  private static volatile BoundaryConfig prepared;
  private static volatile Recording recording;
  private static volatile boolean activated;

  private AgentRuntime() {}

  /**
   * Prepares and activates at once (eager start). A second call does nothing.
   *
   * @param config the merged configuration, not null
   */
  public static synchronized void start(BoundaryConfig config) {
    prepare(config);
    activate();
  }

  /**
   * Keeps the configuration and registers the exit report. A second call does nothing.
   *
   * @param config the merged configuration, not null
   */
  public static synchronized void prepare(BoundaryConfig config) {
    if (prepared != null) {
      return;
    }
    prepared = config;
    thresholds = config.thresholds();
    OperationRegistry.configure(
        (int) Math.min(Integer.MAX_VALUE, config.number(ConfigKey.MAX_OPERATIONS)), System.err);
    Runtime.getRuntime().addShutdownHook(new ExitReport());
  }

  /**
   * Starts recording, the JVM sampler and JFR, with the prepared configuration. Does nothing before
   * {@link #prepare} and on a second call.
   */
  public static synchronized void activate() {
    BoundaryConfig config = prepared;
    if (config == null || activated) {
      return;
    }
    activated = true;
    ThreadState.markAgentActive();
    JvmMonitor.start();
    JfrSupport.installPeriodicEvents(AgentRuntime::currentProfile);
    recording = startRecording(config.get(ConfigKey.JFR));
  }

  /**
   * @return true once {@link #activate} ran
   */
  public static boolean isActivated() {
    return activated;
  }

  /**
   * Everything recorded so far, with red flags against the configured thresholds.
   *
   * @return never null
   */
  public static ProfileSnapshot currentProfile() {
    ProfileSnapshot raw =
        new ProfileSnapshot(Aggregator.snapshot(), JvmMonitor.snapshot(SuppressedErrors.count()));
    return RedFlagRules.withRedFlags(raw, thresholds);
  }

  private static Recording startRecording(String path) {
    if (path == null) {
      return null;
    }
    try {
      return JfrSupport.startRecording(Path.of(path));
    } catch (Exception | LinkageError e) {
      System.err.println(
          "[boundary-tracer] cannot start the JFR recording for boundary.jfr=" + path + ": " + e);
      return null;
    }
  }

  private static void writeReports(BoundaryConfig config, Recording recording) {
    try {
      ProfileSnapshot profile = currentProfile();
      String json = config.get(ConfigKey.JSON);
      if (json != null) {
        ReportFiles.writeJsonAtomically(Path.of(json), profile);
      }
      ReportFiles.writeText(
          config.get(ConfigKey.REPORT), TextReport.render(profile), System.out, System.err);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
    if (recording != null) {
      try {
        recording.stop();
      } catch (IllegalStateException alreadyStoppedByJfrShutdown) {
        // JFR's own shutdown hook stopped and wrote the recording first.
      } catch (Throwable t) {
        SuppressedErrors.record(t);
      }
    }
  }

  /**
   * The text report of a JVM in which the agent never activated: one line, written without loading
   * the recorder, JVM-sampling or JFR classes.
   */
  private static void writeNothingRecorded(BoundaryConfig config) {
    try {
      ReportFiles.writeText(
          config.get(ConfigKey.REPORT),
          "boundary-tracer report (0 operations)\n\nno operations recorded: no loaded class"
              + " carries a boundary annotation or calls the boundary API\n",
          System.out,
          System.err);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /** The shutdown hook; a named class rather than a lambda keeps the premain off invokedynamic. */
  private static final class ExitReport extends Thread {
    ExitReport() {
      super("boundary-tracer-exit-report");
    }

    @Override
    public void run() {
      BoundaryConfig config = prepared;
      if (!activated && config.get(ConfigKey.JSON) == null) {
        writeNothingRecorded(config);
      } else {
        writeReports(config, recording);
      }
    }
  }
}
