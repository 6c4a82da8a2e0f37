package dev.boundarytracer.internal;

import dev.boundarytracer.report.ReportFiles;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Rewrites the JSON report every {@code boundary.snapshotInterval} while the JVM runs, so that a
 * JVM killed without a shutdown hook (SIGKILL, a crash) leaves a report at most one interval old.
 *
 * <p>Each rewrite is atomic (a temporary file renamed over the report, see {@link
 * ReportFiles#writeJsonAtomically}): a reader sees the previous report or the next one, never a
 * part. One daemon thread, {@code boundary-tracer-snapshot}; it never keeps the JVM alive.
 * Thread-safe.
 */
public final class SnapshotScheduler {
  /** The shortest interval accepted: a full report is rebuilt and written each time. */
  public static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final ScheduledExecutorService executor;

  private SnapshotScheduler(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /**
   * Starts the periodic rewrites.
   *
   * @param intervalNanos the period; values below {@link #MIN_INTERVAL_NANOS} are raised to it
   *     (with one line on {@code err})
   * @param json the report file, not null
   * @param profile builds the snapshot to write, not null
   * @param err where the raised interval and failed writes are reported
   * @return the running scheduler, to {@link #stop()}
   */
  public static SnapshotScheduler start(
      long intervalNanos, Path json, Supplier<ProfileSnapshot> profile, PrintStream err) {
    long period = intervalNanos;
    if (period < MIN_INTERVAL_NANOS) {
      err.println("[boundary-tracer] boundary.snapshotInterval below the minimum of 1s; using 1s");
      period = MIN_INTERVAL_NANOS;
    }
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "boundary-tracer-snapshot");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleAtFixedRate(
        () -> {
          try {
            ReportFiles.writeJsonAtomically(json, profile.get(), err);
          } catch (Throwable t) {
            SuppressedErrors.record(t);
          }
        },
        period,
        period,
        TimeUnit.NANOSECONDS);
    return new SnapshotScheduler(executor);
  }

  /** Stops the rewrites; one running now may finish. */
  public void stop() {
    executor.shutdownNow();
  }
}
