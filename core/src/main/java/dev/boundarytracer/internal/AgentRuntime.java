package dev.boundarytracer.internal;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.jfr.JfrSupport;
import dev.boundarytracer.jvm.JvmMonitor;
import dev.boundarytracer.locks.LockAggregator;
import dev.boundarytracer.locks.LockRegistry;
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
 *       (normal exit, {@code System.exit}, SIGINT, SIGTERM, an uncaught exception in {@code main}).
 *       Loads no JFR, histogram or JSON class.
 *   <li>{@link #activate}, when the first class that needs the agent loads (or at once, for an
 *       eager start or an attach): starts recording, the JVM sampler, JFR and the periodic JSON
 *       rewrites of {@code snapshotInterval}.
 * </ol>
 *
 * <p>{@link #detach} ends profiling in a running JVM and writes the reports at once.
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
  private static Thread exitHook;
  private static SnapshotScheduler snapshots;
  private static boolean detached;

  private AgentRuntime() {}

  /**
   * Prepares and activates at once (eager start). A second call does nothing.
   *
   * @param config the merged configuration, not null
   * @return true when this call started the runtime, false when it was already started (or has been
   *     detached) and nothing changed
   */
  public static synchronized boolean start(BoundaryConfig config) {
    if (prepared != null) {
      return false;
    }
    prepare(config);
    activate();
    return true;
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
    Thread hook = new ExitReport();
    Runtime.getRuntime().addShutdownHook(hook);
    exitHook = hook;
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
    JfrSupport.installPeriodicEvents(AgentRuntime::currentProfile, () -> thresholds);
    recording =
        startRecording(
            config.get(ConfigKey.JFR), (long) config.number(ConfigKey.LOCK_HOLD_THRESHOLD));
    snapshots = startSnapshots(config);
  }

  /**
   * @return true once {@link #activate} ran
   */
  public static boolean isActivated() {
    return activated;
  }

  /**
   * Ends profiling in a running JVM ({@code boundary-agent.jar detach <pid>}): writes the reports
   * now, as at exit, stops the periodic rewrites and the agent's JFR recording, and removes the
   * exit hook so nothing more is written. The caller removes the weaving.
   *
   * @return true when the reports were written now, false when the runtime was not running
   */
  public static synchronized boolean detach() {
    if (prepared == null || detached) {
      return false;
    }
    detached = true;
    if (snapshots != null) {
      snapshots.stop();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(exitHook);
    } catch (IllegalStateException shutdownInProgress) {
      return false; // the exit hook writes the reports
    }
    exitHook.run();
    return true;
  }

  /**
   * @return true once {@link #detach()} has ended profiling in this JVM
   */
  public static synchronized boolean isDetached() {
    return detached;
  }

  private static SnapshotScheduler startSnapshots(BoundaryConfig config) {
    if (config.get(ConfigKey.SNAPSHOT_INTERVAL) == null) {
      return null;
    }
    String json = config.get(ConfigKey.JSON);
    if (json == null) {
      System.err.println(
          "[boundary-tracer] boundary.snapshotInterval needs boundary.json (the file to rewrite);"
              + " no periodic report is written");
      return null;
    }
    return SnapshotScheduler.start(
        (long) config.number(ConfigKey.SNAPSHOT_INTERVAL),
        Path.of(json),
        AgentRuntime::currentProfile,
        System.err);
  }

  /**
   * Everything recorded so far, with red flags against the configured thresholds.
   *
   * @return never null
   */
  public static ProfileSnapshot currentProfile() {
    ProfileSnapshot raw =
        new ProfileSnapshot(
            Aggregator.snapshot(),
            JvmMonitor.snapshot(SuppressedErrors.count()),
            LockAggregator.snapshot(),
            PointcutStatus.unmatched(),
            LockRegistry.notDesignated());
    return RedFlagRules.withRedFlags(raw, thresholds);
  }

  private static Recording startRecording(String path, long lockHoldThresholdNanos) {
    if (path == null) {
      return null;
    }
    try {
      return JfrSupport.startRecording(Path.of(path), lockHoldThresholdNanos);
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
