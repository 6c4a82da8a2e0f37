package dev.boundarytracer.jmc.recording;

import dev.boundarytracer.snapshot.DurationStats;
import java.util.Arrays;

/**
 * Durations of one kind of call, collected one by one, summarised as {@link DurationStats} with
 * exact count, sum, min, max and percentiles (nearest rank). Not thread-safe.
 */
final class Durations {
  private long[] values = new long[64];
  private int size;
  private long sumNanos;

  void add(long durationNanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = durationNanos;
    sumNanos += durationNanos;
  }

  long count() {
    return size;
  }

  long sumNanos() {
    return sumNanos;
  }

  DurationStats stats() {
    if (size == 0) {
      return DurationStats.EMPTY;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return new DurationStats(
        size,
        sumNanos,
        sorted[0],
        rank(sorted, 50),
        rank(sorted, 90),
        rank(sorted, 99),
        sorted[size - 1]);
  }

  private static long rank(long[] sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
