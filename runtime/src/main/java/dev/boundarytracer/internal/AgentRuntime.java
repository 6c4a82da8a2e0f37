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
 * The agent's life in the JVM: started once by the premain, it activates recording, connects JFR,
 * and writes the reports from a shutdown hook (normal exit, {@code System.exit}, SIGINT, SIGTERM).
 */
public final class AgentRuntime {
  private static volatile Thresholds thresholds = Thresholds.DEFAULTS;
  private static volatile boolean started;

  private AgentRuntime() {}

  /**
   * Starts recording with the given configuration. A second call does nothing.
   *
   * @param config the merged configuration, not null
   */
  public static synchronized void start(BoundaryConfig config) {
    if (started) {
      return;
    }
    started = true;
    thresholds = config.thresholds();
    ThreadState.markAgentActive();
    JvmMonitor.start();
    JfrSupport.installPeriodicEvents(AgentRuntime::currentProfile);
    Recording recording =
        startRecording(
            config.get(ConfigKey.JFR), (long) config.number(ConfigKey.LOCK_HOLD_THRESHOLD));
    Thread hook = new Thread(() -> writeReports(config, recording), "boundary-tracer-exit-report");
    Runtime.getRuntime().addShutdownHook(hook);
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
            LockAggregator.snapshot());
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
