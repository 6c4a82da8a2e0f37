package dev.boundarytracer.recording;

import dev.boundarytracer.snapshot.RecordedCounts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * Duration counts in HdrHistogram's bucket layout for {@value #SIGNIFICANT_DIGITS} significant
 * decimal digits (values within 1 %), kept sparse: one 128-slot block per range of values, created
 * on the first value that falls in it. Any number of writers, any number of readers, lossless.
 *
 * <p>Thread-safe and lock-free: {@link #record} is one atomic add on a count slot (the block is
 * installed once with a compare-and-set). Counts only grow, so a reader ({@link #addTo}, {@link
 * #copyInto}) sees each value recorded while it reads either now or at its next visit, once.
 *
 * <p>Memory: 244 bytes for the block table, plus 1,040 bytes per block reached. Values 0 to 255
 * take two blocks; above that, one block per doubling of the value (1 µs to 2 µs, 2 µs to 4 µs, and
 * so on), so a phase whose durations span three orders of magnitude holds about 10 blocks, 10 KiB,
 * however many threads record it.
 */
final class SparseHistogram {
  /** Significant decimal digits: values are kept within 1 %. */
  static final int SIGNIFICANT_DIGITS = 2;

  // HdrHistogram's layout for 2 significant digits and a lowest discernible value of 1:
  // 256 sub-buckets per bucket, of which the upper 128 are new in each bucket after the first.
  private static final int SUB_BUCKET_HALF_COUNT_MAGNITUDE = 7;
  private static final int SUB_BUCKET_HALF_COUNT = 1 << SUB_BUCKET_HALF_COUNT_MAGNITUDE;
  private static final long SUB_BUCKET_MASK = (2L << SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
  private static final int LEADING_ZERO_COUNT_BASE = 64 - SUB_BUCKET_HALF_COUNT_MAGNITUDE - 1;

  private static final int BLOCK_BITS = SUB_BUCKET_HALF_COUNT_MAGNITUDE;
  private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
  private static final int BLOCK_MASK = BLOCK_SIZE - 1;
  private static final int BLOCKS = (indexOf(Long.MAX_VALUE) >> BLOCK_BITS) + 1;

  private static final VarHandle BLOCK = MethodHandles.arrayElementVarHandle(long[][].class);
  private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);

  /** Blocks by {@code index >> 7}; an entry, once set, never changes. */
  private final long[][] blocks = new long[BLOCKS][];

  /**
   * Records one value.
   *
   * @param value the value, >= 0 (durations in nanoseconds)
   */
  void record(long value) {
    add(indexOf(value), 1);
  }

  /**
   * Adds {@code count} at a slot.
   *
   * @param index a slot from {@link #indexOf}
   * @param count the count to add
   */
  void add(int index, long count) {
    long[] block = (long[]) BLOCK.getAcquire(blocks, index >> BLOCK_BITS);
    if (block == null) {
      block = install(index >> BLOCK_BITS);
    }
    COUNT.getAndAdd(block, index & BLOCK_MASK, count);
  }

  /**
   * Adds every count to {@code target}, without changing these counts. A value recorded while this
   * runs is either added or not, once: counts only grow.
   *
   * @param target counts of the same layout
   * @return the number of values added, >= 0
   */
  long addTo(SparseHistogram target) {
    long added = 0;
    for (int b = 0; b < BLOCKS; b++) {
      long[] block = (long[]) BLOCK.getAcquire(blocks, b);
      if (block == null) {
        continue;
      }
      for (int i = 0; i < BLOCK_SIZE; i++) {
        long n = (long) COUNT.getVolatile(block, i);
        if (n != 0) {
          target.add((b << BLOCK_BITS) | i, n);
          added += n;
        }
      }
    }
    return added;
  }

  /**
   * What these counts hold beyond {@code previous}; raises {@code previous} to these counts. Both
   * must be private to the caller.
   *
   * @param previous the counts at the previous interval, not null
   * @return a new histogram owned by the caller, or null when nothing is beyond {@code previous}
   */
  Histogram intervalSince(SparseHistogram previous) {
    Histogram out = null;
    for (int b = 0; b < BLOCKS; b++) {
      long[] block = blocks[b];
      if (block == null) {
        continue;
      }
      for (int i = 0; i < BLOCK_SIZE; i++) {
        long n = block[i];
        if (n == 0) {
          continue;
        }
        int index = (b << BLOCK_BITS) | i;
        long delta = n - previous.get(index);
        if (delta > 0) {
          if (out == null) {
            out = newHistogram(valueAt(highestIndex(false)));
          }
          out.recordValueWithCount(valueAt(index), delta);
          previous.add(index, delta);
        }
      }
    }
    return out;
  }

  private long get(int index) {
    long[] block = (long[]) BLOCK.getAcquire(blocks, index >> BLOCK_BITS);
    return block == null ? 0 : (long) COUNT.getVolatile(block, index & BLOCK_MASK);
  }

  /**
   * Adds every count to an HdrHistogram of the same layout, without changing these counts.
   *
   * @param target a histogram with {@value #SIGNIFICANT_DIGITS} significant digits
   */
  void copyInto(Histogram target) {
    for (int b = 0; b < BLOCKS; b++) {
      long[] block = (long[]) BLOCK.getAcquire(blocks, b);
      if (block == null) {
        continue;
      }
      for (int i = 0; i < BLOCK_SIZE; i++) {
        long n = (long) COUNT.getVolatile(block, i);
        if (n != 0) {
          target.recordValueWithCount(valueAt((b << BLOCK_BITS) | i), n);
        }
      }
    }
  }

  /**
   * The sum of several histograms' counts, for a snapshot, read while writers may record into them:
   * a value recorded meanwhile is in this sum or the next, once.
   *
   * @param parts the histograms; null entries are skipped
   * @return the summed counts, or null when none of them counts anything
   */
  static RecordedCounts sum(SparseHistogram[] parts) {
    long[] values = null;
    long[] counts = null;
    int n = 0;
    for (int b = 0; b < BLOCKS; b++) {
      long[][] reached = null;
      for (int k = 0; k < parts.length; k++) {
        if (parts[k] == null) {
          continue;
        }
        long[] block = (long[]) BLOCK.getAcquire(parts[k].blocks, b);
        if (block != null) {
          if (reached == null) {
            reached = new long[parts.length][];
          }
          reached[k] = block;
        }
      }
      if (reached == null) {
        continue;
      }
      for (int i = 0; i < BLOCK_SIZE; i++) {
        long c = 0;
        for (long[] block : reached) {
          if (block != null) {
            c += (long) COUNT.getVolatile(block, i);
          }
        }
        if (c != 0) {
          if (values == null || n == values.length) {
            int grown = values == null ? 64 : 2 * n;
            values = values == null ? new long[grown] : Arrays.copyOf(values, grown);
            counts = counts == null ? new long[grown] : Arrays.copyOf(counts, grown);
          }
          values[n] = valueAt((b << BLOCK_BITS) | i);
          counts[n] = c;
          n++;
        }
      }
    }
    return n == 0 ? null : new RecordedCounts(Arrays.copyOf(values, n), Arrays.copyOf(counts, n));
  }

  /**
   * The non-zero counts of this histogram alone.
   *
   * @return the counts with one value of each bucket reached; never null
   */
  RecordedCounts toCounts() {
    RecordedCounts counts = sum(new SparseHistogram[] {this});
    return counts != null ? counts : new RecordedCounts(new long[0], new long[0]);
  }

  /**
   * A new HdrHistogram holding these counts.
   *
   * @return a histogram owned by the caller
   */
  Histogram toHistogram() {
    Histogram h = newHistogram(Math.max(0, valueAt(Math.max(0, highestIndex(true)))));
    copyInto(h);
    return h;
  }

  /**
   * The highest slot with a count.
   *
   * @param concurrent true when writers may be recording (reads with their ordering), false when
   *     these counts are private to the caller
   * @return the slot, or -1 when nothing is counted
   */
  private int highestIndex(boolean concurrent) {
    for (int b = BLOCKS - 1; b >= 0; b--) {
      long[] block = concurrent ? (long[]) BLOCK.getAcquire(blocks, b) : blocks[b];
      if (block == null) {
        continue;
      }
      for (int i = BLOCK_SIZE - 1; i >= 0; i--) {
        long n = concurrent ? (long) COUNT.getVolatile(block, i) : block[i];
        if (n != 0) {
          return (b << BLOCK_BITS) | i;
        }
      }
    }
    return -1;
  }

  /**
   * Bytes held now: the block table and the blocks, with their object headers.
   *
   * @return bytes, > 0
   */
  long footprintBytes() {
    long bytes = 16 + 4L * BLOCKS;
    for (int b = 0; b < BLOCKS; b++) {
      if (BLOCK.getAcquire(blocks, b) != null) {
        bytes += 16 + 8L * BLOCK_SIZE;
      }
    }
    return bytes;
  }

  /**
   * An empty HdrHistogram with the layout of these counts, sized for values up to {@code
   * highestValue} at once, and growing beyond it as values need.
   *
   * @param highestValue the highest value it is to hold without growing, >= 0
   */
  static Histogram newHistogram(long highestValue) {
    Histogram h = new Histogram(1, Math.max(2, highestValue), SIGNIFICANT_DIGITS);
    h.setAutoResize(true);
    return h;
  }

  private long[] install(int b) {
    long[] fresh = new long[BLOCK_SIZE];
    long[] witness = (long[]) BLOCK.compareAndExchangeRelease(blocks, b, null, fresh);
    return witness == null ? fresh : witness;
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
