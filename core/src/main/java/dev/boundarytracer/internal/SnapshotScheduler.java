package dev.boundarytracer.internal;

import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Takes one snapshot every {@code boundary.snapshotInterval} while the JVM runs and hands it to
 * each sink that {@linkplain ProfileSink#wantsPeriodic() wants periodic snapshots}.
 *
 * <p>One daemon thread, {@code boundary-tracer-snapshot}; it never keeps the JVM alive.
 * Thread-safe.
 */
public final class SnapshotScheduler {
  /** The shortest interval accepted: a full report is rebuilt each time. */
  public static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final ScheduledExecutorService executor;

  private SnapshotScheduler(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /**
   * Starts the periodic snapshots.
   *
   * @param intervalNanos the period; values below {@link #MIN_INTERVAL_NANOS} are raised to it
   *     (with one line on {@code err})
   * @param profile builds the snapshot, not null
   * @param sinks the sinks that want periodic snapshots, not null
   * @param err where the raised interval is reported
   * @return the running scheduler, to {@link #stop()}
   */
  public static SnapshotScheduler start(
      long intervalNanos,
      Supplier<ProfileSnapshot> profile,
      List<ProfileSink> sinks,
      PrintStream err) {
    long period = intervalNanos;
    if (period < MIN_INTERVAL_NANOS) {
      err.println("[boundary-tracer] boundary.snapshotInterval below the minimum of 1s; using 1s");
      period = MIN_INTERVAL_NANOS;
    }
    List<ProfileSink> periodic = List.copyOf(sinks);
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
            ProfileSnapshot snapshot = profile.get();
            for (ProfileSink sink : periodic) {
              try {
                sink.periodic(snapshot);
              } catch (RuntimeException e) {
                SuppressedErrors.record(e);
              }
            }
          } catch (Throwable t) {
            SuppressedErrors.record(t);
          }
        },
        period,
        period,
        TimeUnit.NANOSECONDS);
    return new SnapshotScheduler(executor);
  }

  /** Stops the periodic snapshots; one running now may finish. */
  public void stop() {
    executor.shutdownNow();
  }
}
