package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.snapshot.DurationStats;
import org.HdrHistogram.Histogram;

/**
 * Durations read from per-call events: exact count, sum, min and max, percentiles from an
 * HdrHistogram with the agent's two significant digits. Not thread-safe.
 */
final class DurationAccumulator {
  /** The precision of the agent's own histograms. */
  static final int SIGNIFICANT_DIGITS = 2;

  private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
  private long count;
  private long sumNanos;
  private long minNanos = Long.MAX_VALUE;
  private long maxNanos;

  /** Adds one duration. @param nanos >= 0 (negative values count as 0) */
  void add(long nanos) {
    long v = Math.max(0, nanos);
    histogram.recordValue(v);
    count++;
    sumNanos += v;
    minNanos = Math.min(minNanos, v);
    maxNanos = Math.max(maxNanos, v);
  }

  long count() {
    return count;
  }

  long sumNanos() {
    return sumNanos;
  }

  /** The recorded durations as one histogram (live view; copy before changing). */
  Histogram histogram() {
    return histogram;
  }

  /** Summary in the agent's shape: percentiles kept within the exact min and max. */
  DurationStats stats() {
    return stats(count, sumNanos, minNanos, maxNanos, histogram);
  }

  /**
   * A summary from a histogram plus exact figures, as the agent computes it.
   *
   * @param count calls, >= 0
   * @param sumNanos exact sum
   * @param minNanos exact min, or a value above {@code maxNanos} when unknown
   * @param maxNanos exact max
   * @param h the distribution
   * @return the summary; {@link DurationStats#EMPTY}-like when nothing was recorded
   */
  static DurationStats stats(long count, long sumNanos, long minNanos, long maxNanos, Histogram h) {
    if (count == 0 || h.getTotalCount() == 0) {
      return new DurationStats(count, sumNanos, 0, 0, 0, 0, 0);
    }
    long min = minNanos <= maxNanos ? minNanos : h.getMinValue();
    long max = Math.max(maxNanos, min);
    return new DurationStats(
        count,
        sumNanos,
        min,
        clamp(h.getValueAtPercentile(50), min, max),
        clamp(h.getValueAtPercentile(90), min, max),
        clamp(h.getValueAtPercentile(99), min, max),
        max);
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }
}
