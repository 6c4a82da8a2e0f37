package dev.boundarytracer.snapshot;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * The non-zero buckets of a duration histogram with 2 significant digits: for each bucket that
 * holds values, a value in it and its count, in ascending order of value. What a snapshot keeps of
 * each distribution: 16 bytes per bucket reached, where an HdrHistogram holds 8 bytes for every
 * bucket from 0 to its highest value (a phase of 200 calls between 1 and 4 µs: about 3 KiB here, 6
 * KiB there; up to 2 ms: 16 KiB there).
 *
 * <p>Immutable.
 */
public final class RecordedCounts {
  private final long[] values;
  private final long[] counts;
  private final long totalCount;

  /**
   * @param values one value per bucket, ascending; the array is kept, not copied
   * @param counts the count of each bucket, > 0; the array is kept, not copied
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public RecordedCounts(long[] values, long[] counts) {
    if (values.length != counts.length) {
      throw new IllegalArgumentException(
          "values and counts differ in length: " + values.length + " and " + counts.length);
    }
    this.values = values;
    this.counts = counts;
    long total = 0;
    for (long n : counts) {
      total += n;
    }
    this.totalCount = total;
  }

  /**
   * @return the number of values counted, >= 0
   */
  public long totalCount() {
    return totalCount;
  }

  /**
   * @return the highest bucket's value, 0 when nothing is counted
   */
  public long highestValue() {
    return values.length == 0 ? 0 : values[values.length - 1];
  }

  /**
   * @return bytes these counts hold, with their object headers
   */
  public long footprintBytes() {
    return 32 + 2 * (16 + 8L * values.length);
  }

  /**
   * Adds every count to {@code target}, which grows as it needs when it auto-resizes.
   *
   * @param target a histogram with 2 significant digits
   */
  public void addTo(Histogram target) {
    for (int i = 0; i < values.length; i++) {
      target.recordValueWithCount(values[i], counts[i]);
    }
  }

  /**
   * @return a new HdrHistogram (2 significant digits, auto-resizing) holding these counts, owned by
   *     the caller
   */
  public Histogram toHistogram() {
    Histogram h = new Histogram(1, Math.max(2, highestValue()), 2);
    h.setAutoResize(true);
    addTo(h);
    return h;
  }

  @Override
  public String toString() {
    return "RecordedCounts" + Arrays.toString(values) + Arrays.toString(counts);
  }
}
