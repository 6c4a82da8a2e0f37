package dev.boundarytracer.recording;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * Duration counts of one (operation, phase, thread): one writer thread, any reader, lossless, and
 * the writer's cost one array increment with an ordered (release) store, no atomic instruction.
 *
 * <p>The counts use exactly the bucket layout of an HdrHistogram {@code Histogram} with {@value
 * #SIGNIFICANT_DIGITS} significant decimal digits (values within 1 %), so a reader moves them into
 * such a histogram without loss of resolution. Counts only grow, so a reader computes what was
 * recorded since its last visit by differencing against the counts it saw then ({@link
 * #drainInto}): nothing is counted twice and nothing is lost; a value the writer is recording at
 * that instant is picked up by the next visit, and all of them once the writer has finished (for
 * example after {@link Thread#join()}).
 *
 * <p>Memory, per (operation, phase, thread): {@code 8 * 2} bytes per count slot (the writer's count
 * and the reader's last-seen count); slots cover values up to the largest recorded so far, at least
 * {@value #MIN_LENGTH} (values below 1 µs), then 128 more per doubling of the largest value: 1792
 * slots (28 KiB) for durations up to 1 ms, 3072 (48 KiB) up to 1 s. The slots of a histogram that
 * never recorded (a phase the operation does not run) are not allocated.
 */
final class SingleWriterHistogram {
  /** Significant decimal digits: the same as the aggregator's histograms. */
  static final int SIGNIFICANT_DIGITS = 2;

  // HdrHistogram's layout for 2 significant digits and a lowest discernible value of 1:
  // 256 sub-buckets per bucket, of which the upper 128 are new in each bucket after the first.
  private static final int SUB_BUCKET_HALF_COUNT_MAGNITUDE = 7;
  private static final int SUB_BUCKET_HALF_COUNT = 1 << SUB_BUCKET_HALF_COUNT_MAGNITUDE;
  private static final long SUB_BUCKET_MASK = (2L << SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
  private static final int LEADING_ZERO_COUNT_BASE = 64 - SUB_BUCKET_HALF_COUNT_MAGNITUDE - 1;
  private static final int MIN_LENGTH = 512;
  private static final long[] EMPTY = new long[0];
  private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);

  /** Written (replaced when growing) only by the writer. */
  private volatile long[] counts = EMPTY;

  /** The counts the reader saw on its last visit; reader only. */
  private long[] seen = EMPTY;

  /**
   * Records one value. Writer thread only.
   *
   * @param valueNanos the duration, >= 0
   */
  void record(long valueNanos) {
    int i = indexOf(valueNanos);
    long[] c = counts;
    if (i >= c.length) {
      c = grow(i);
    }
    COUNT.setRelease(c, i, c[i] + 1);
  }

  /**
   * Adds what was recorded since the previous call to each non-null sink. Reader only (callers
   * serialise readers).
   *
   * @param sinks histograms with {@value #SIGNIFICANT_DIGITS} significant digits; null entries are
   *     skipped
   */
  void drainInto(Histogram... sinks) {
    long[] c = counts;
    if (seen.length < c.length) {
      seen = Arrays.copyOf(seen, c.length);
    }
    long[] s = seen;
    for (int i = 0; i < c.length; i++) {
      long now = (long) COUNT.getAcquire(c, i);
      long delta = now - s[i];
      if (delta > 0) {
        s[i] = now;
        long value = valueAt(i);
        for (Histogram sink : sinks) {
          if (sink != null) {
            sink.recordValueWithCount(value, delta);
          }
        }
      }
    }
  }

  /**
   * Bytes held now: the writer's counts and the reader's copy.
   *
   * @return bytes, >= 0
   */
  long footprintBytes() {
    return 8L * (counts.length + seen.length);
  }

  private long[] grow(int index) {
    // Whole buckets up to the one holding the index: a few more growths over a thread's life (one
    // per doubling of the largest value), no bucket allocated that no value reached.
    int buckets = (index >> SUB_BUCKET_HALF_COUNT_MAGNITUDE) + 1;
    int length = Math.max(MIN_LENGTH, buckets << SUB_BUCKET_HALF_COUNT_MAGNITUDE);
    long[] grown = Arrays.copyOf(counts, length);
    counts = grown;
    return grown;
  }

  /** HdrHistogram's {@code countsArrayIndex} for this layout. */
  static int indexOf(long value) {
    int bucket = LEADING_ZERO_COUNT_BASE - Long.numberOfLeadingZeros(value | SUB_BUCKET_MASK);
    int subBucket = (int) (value >>> bucket);
    return ((bucket + 1) << SUB_BUCKET_HALF_COUNT_MAGNITUDE) + (subBucket - SUB_BUCKET_HALF_COUNT);
  }

  /** The lowest value that {@link #indexOf} maps to {@code index}. */
  static long valueAt(int index) {
    int bucket = (index >> SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
    int subBucket = (index & (SUB_BUCKET_HALF_COUNT - 1)) + SUB_BUCKET_HALF_COUNT;
    if (bucket < 0) {
      subBucket -= SUB_BUCKET_HALF_COUNT;
      bucket = 0;
    }
    return (long) subBucket << bucket;
  }
}
