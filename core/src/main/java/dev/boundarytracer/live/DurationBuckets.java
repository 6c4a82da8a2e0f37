package dev.boundarytracer.live;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.NativeHistogramBuckets;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Turns a recorded HdrHistogram of nanosecond durations into Prometheus histogram buckets in
 * seconds.
 *
 * <p>Classic buckets grow by a factor of 2<sup>1/4</sup> (about 19 %) from 1 µs to about 134 s, so
 * {@code histogram_quantile} lands within one bucket (under 19 % of the value) of the percentile
 * the report computes from the same histogram. Native buckets use schema {@value #NATIVE_SCHEMA} (a
 * factor of 2<sup>1/8</sup>, about 9 %). Each recorded value is counted at HdrHistogram's highest
 * equivalent value, as the report's percentiles are.
 */
final class DurationBuckets {
  /** Native histogram schema: buckets grow by 2^(2^-schema). */
  static final int NATIVE_SCHEMA = 3;

  /** Classic upper bounds in seconds, the last one +Inf. */
  static final double[] CLASSIC_BOUNDS = classicBounds();

  private static final double NANOS_PER_SECOND = 1e9;

  private DurationBuckets() {}

  /**
   * Counts per classic bucket (not cumulative), aligned with {@link #CLASSIC_BOUNDS}.
   *
   * @param nanos the recorded durations, not null
   * @return the buckets, owned by the caller
   */
  static ClassicHistogramBuckets classic(Histogram nanos) {
    long[] counts = new long[CLASSIC_BOUNDS.length];
    for (HistogramIterationValue v : nanos.recordedValues()) {
      double seconds = nanos.highestEquivalentValue(v.getValueIteratedTo()) / NANOS_PER_SECOND;
      int i = Arrays.binarySearch(CLASSIC_BOUNDS, seconds);
      counts[i >= 0 ? i : -i - 1] += v.getCountAtValueIteratedTo();
    }
    return ClassicHistogramBuckets.of(CLASSIC_BOUNDS, counts);
  }

  /**
   * Counts per native bucket of schema {@link #NATIVE_SCHEMA}: bucket {@code i} holds values in
   * (2<sup>(i-1)/8</sup>, 2<sup>i/8</sup>] seconds. Zero durations are left out (see {@link
   * #zeroCount}).
   *
   * @param nanos the recorded durations, not null
   * @return the buckets, owned by the caller
   */
  static NativeHistogramBuckets nativeBuckets(Histogram nanos) {
    NativeHistogramBuckets.Builder b = NativeHistogramBuckets.builder();
    int index = Integer.MIN_VALUE;
    long count = 0;
    for (HistogramIterationValue v : nanos.recordedValues()) {
      long value = nanos.highestEquivalentValue(v.getValueIteratedTo());
      if (value <= 0) {
        continue;
      }
      int i = nativeIndex(value / NANOS_PER_SECOND);
      if (i != index && count > 0) {
        b.bucket(index, count);
        count = 0;
      }
      index = i;
      count += v.getCountAtValueIteratedTo();
    }
    if (count > 0) {
      b.bucket(index, count);
    }
    return b.build();
  }

  /**
   * @param nanos the recorded durations, not null
   * @return how many durations were 0 ns
   */
  static long zeroCount(Histogram nanos) {
    return nanos.getCountAtValue(0);
  }

  static int nativeIndex(double seconds) {
    double log2 = Math.log(seconds) / Math.log(2);
    return (int) Math.ceil(log2 * (1 << NATIVE_SCHEMA) - 1e-9);
  }

  private static double[] classicBounds() {
    int steps = 4 * 27; // 1 µs * 2^27 ≈ 134 s
    double[] bounds = new double[steps + 2];
    for (int k = 0; k <= steps; k++) {
      bounds[k] = 1e-6 * Math.pow(2, k / 4.0);
    }
    bounds[steps + 1] = Double.POSITIVE_INFINITY;
    return bounds;
  }
}
