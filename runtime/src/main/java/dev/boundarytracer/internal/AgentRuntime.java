package dev.boundarytracer.internal;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.jfr.JfrSupport;
import dev.boundarytracer.jvm.JvmMonitor;
import dev.boundarytracer.locks.LockAggregator;
import dev.boundarytracer.recording.Aggregator;
import dev.boundarytracer.recording.ThreadState;
import dev.boundarytracer.report.ReportFiles;
import dev.boundarytracer.report.TextReport;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.nio.file.Path;
import jdk.jfr.Recording;

/**
 * The agent's life in the JVM: started once by the premain (or agentmain), it activates recording,
 * connects JFR, rewrites the JSON report every {@code snapshotInterval} when asked, and writes the
 * reports from a shutdown hook (normal exit, {@code System.exit}, SIGINT, SIGTERM, an uncaught
 * exception in {@code main}) or when detached.
 */
public final class AgentRuntime {
  private static volatile Thresholds thresholds = Thresholds.DEFAULTS;
  private static volatile boolean started;
  private static BoundaryConfig startedConfig;
  private static Recording jfrRecording;
  private static Thread exitHook;
  private static SnapshotScheduler snapshots;
  private static boolean detached;

  private AgentRuntime() {}

  /**
   * Starts recording with the given configuration. A second call does nothing.
   *
   * @param config the merged configuration, not null
   * @return true when this call started the runtime, false when it was already started (or has been
   *     detached) and nothing changed
   */
  public static synchronized boolean start(BoundaryConfig config) {
    if (started) {
      return false;
    }
    started = true;
    startedConfig = config;
    thresholds = config.thresholds();
    ThreadState.markAgentActive();
    JvmMonitor.start();
    JfrSupport.installPeriodicEvents(AgentRuntime::currentProfile);
    Recording recording =
        startRecording(
            config.get(ConfigKey.JFR), (long) config.number(ConfigKey.LOCK_HOLD_THRESHOLD));
    jfrRecording = recording;
    Thread hook = new Thread(() -> writeReports(config, recording), "boundary-tracer-exit-report");
    Runtime.getRuntime().addShutdownHook(hook);
    exitHook = hook;
    snapshots = startSnapshots(config);
    return true;
  }

  /**
   * Ends profiling in a running JVM ({@code boundary-agent.jar detach <pid>}): writes the reports
   * now, as at exit, stops the periodic rewrites and the agent's JFR recording, and removes the
   * exit hook so nothing more is written. The caller removes the weaving.
   *
   * @return true when the reports were written now, false when the runtime was not running
   */
  public static synchronized boolean detach() {
    if (!started || detached) {
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
    writeReports(startedConfig, jfrRecording);
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
            PointcutStatus.unmatched());
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
}
