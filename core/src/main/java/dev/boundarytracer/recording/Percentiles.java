package dev.boundarytracer.recording;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.RecordedCounts;
import org.HdrHistogram.Histogram;

/**
 * Turns the counts of one reading into {@link DurationStats}, with HdrHistogram's percentiles, in
 * one scratch histogram reused for every distribution of a snapshot. Not thread-safe: one per
 * snapshot.
 */
final class Percentiles {
  private Histogram scratch;

  /**
   * Count, sum, min and max are exact; percentiles come from the counts (within 1 %) and are kept
   * within the exact min and max.
   *
   * @param count calls, >= 0
   * @param sumNanos their summed wall time
   * @param exactMin the least call, or a value above {@code exactMax} when not known
   * @param exactMax the greatest call
   * @param counts the calls' buckets, null when none
   * @return never null
   */
  DurationStats stats(
      long count, long sumNanos, long exactMin, long exactMax, RecordedCounts counts) {
    if (count == 0 || counts == null || counts.totalCount() == 0) {
      return new DurationStats(count, sumNanos, 0, 0, 0, 0, 0);
    }
    Histogram h = holding(counts);
    boolean exact = exactMin <= exactMax;
    long min = exact ? exactMin : h.getMinValue();
    long max = exact ? exactMax : h.getMaxValue();
    return new DurationStats(
        count,
        sumNanos,
        min,
        clamp(h.getValueAtPercentile(50), min, max),
        clamp(h.getValueAtPercentile(90), min, max),
        clamp(h.getValueAtPercentile(99), min, max),
        max);
  }

  /** The scratch histogram holding exactly {@code counts}, grown once when it is too small. */
  private Histogram holding(RecordedCounts counts) {
    if (scratch == null || counts.highestValue() > scratch.getHighestTrackableValue()) {
      scratch = counts.toHistogram();
      return scratch;
    }
    scratch.reset();
    counts.addTo(scratch);
    return scratch;
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }
}
