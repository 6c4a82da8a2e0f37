package dev.boundarytracer.demo.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When a worker stops: after a number of operations, or when a wall-clock duration is over.
 *
 * @param opsPerWorker operations each worker runs, or 0 when the run is bounded by {@code duration}
 * @param duration how long the workers run, or null when the run is bounded by {@code opsPerWorker}
 */
public record RunLength(long opsPerWorker, Duration duration) {

  public RunLength {
    if (duration == null && opsPerWorker < 1) {
      throw new IllegalArgumentException("operations per worker must be >= 1: " + opsPerWorker);
    }
    if (duration != null && (opsPerWorker != 0 || duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("a duration run needs a positive duration only");
    }
  }

  /**
   * A run of a fixed number of operations per worker.
   *
   * @param opsPerWorker >= 1
   * @return the run length
   */
  public static RunLength ops(long opsPerWorker) {
    return new RunLength(opsPerWorker, null);
  }

  /**
   * A run that lasts a wall-clock duration.
   *
   * @param duration positive
   * @return the run length
   */
  public static RunLength duration(Duration duration) {
    return new RunLength(0, Objects.requireNonNull(duration, "duration"));
  }

  /**
   * Whether the run is bounded by time rather than by an operation count.
   *
   * @return true for {@link #duration(Duration)} runs
   */
  public boolean timed() {
    return duration != null;
  }

  /**
   * A human-readable form for summaries, e.g. {@code 150 ops/worker} or {@code 30s}.
   *
   * @return never null
   */
  public String describe() {
    return timed() ? Durations.format(duration) : opsPerWorker + " ops/worker";
  }
}
