package dev.boundarytracer.snapshot;

/**
 * Summary of a distribution of durations, all in nanoseconds.
 *
 * <p>Count, sum, min and max are exact; the percentiles come from an HdrHistogram with two
 * significant decimal digits, so they are within 1 % of the true value (and never outside min and
 * max).
 *
 * @param count number of recorded durations, >= 0
 * @param sumNanos exact sum of all durations, >= 0
 * @param minNanos smallest duration, 0 when count is 0
 * @param p50Nanos median
 * @param p90Nanos 90th percentile
 * @param p99Nanos 99th percentile
 * @param maxNanos largest duration
 */
public record DurationStats(
    long count,
    long sumNanos,
    long minNanos,
    long p50Nanos,
    long p90Nanos,
    long p99Nanos,
    long maxNanos) {

  /** Statistics of nothing recorded. */
  public static final DurationStats EMPTY = new DurationStats(0, 0, 0, 0, 0, 0, 0);

  /**
   * The exact mean.
   *
   * @return {@code sumNanos / count} in nanoseconds, 0 when count is 0
   */
  public double meanNanos() {
    return count == 0 ? 0.0 : (double) sumNanos / count;
  }
}
