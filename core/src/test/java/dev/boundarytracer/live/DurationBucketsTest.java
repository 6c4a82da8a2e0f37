package dev.boundarytracer.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.NativeHistogramBuckets;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class DurationBucketsTest {
  private static Histogram recorded(long... nanos) {
    Histogram h = new Histogram(2);
    for (long n : nanos) {
      h.recordValue(n);
    }
    return h;
  }

  @Test
  void classicBucketsHoldEveryValueOnceWithinTheirBounds() {
    Histogram h = recorded(500, 1_500, 1_500, 2_000_000, 150_000_000_000L);
    ClassicHistogramBuckets b = DurationBuckets.classic(h);
    long total = 0;
    for (int i = 0; i < b.size(); i++) {
      total += b.getCount(i);
    }
    assertEquals(5, total);
    assertEquals(1, b.getCount(0), "500 ns falls in the first bucket (<= 1 us)");
    assertEquals(1, b.getCount(b.size() - 1), "150 s falls in +Inf");
    assertEquals(Double.POSITIVE_INFINITY, b.getUpperBound(b.size() - 1));
  }

  @Test
  void classicBucketsGrowByAFourthRootOfTwo() {
    double[] bounds = DurationBuckets.CLASSIC_BOUNDS;
    for (int i = 1; i < bounds.length - 1; i++) {
      assertEquals(Math.pow(2, 0.25), bounds[i] / bounds[i - 1], 1e-9);
    }
    assertTrue(bounds[bounds.length - 2] > 100, "covers calls of 100 s");
  }

  @Test
  void nativeBucketsFollowSchemaThree() {
    // Bucket i of schema 3 holds (2^((i-1)/8), 2^(i/8)] seconds: 1 s is the top of bucket 0.
    assertEquals(0, DurationBuckets.nativeIndex(1.0));
    assertEquals(1, DurationBuckets.nativeIndex(1.05));
    assertEquals(-8, DurationBuckets.nativeIndex(0.5));
    NativeHistogramBuckets b = DurationBuckets.nativeBuckets(recorded(0, 1_000_000, 1_000_000));
    assertEquals(1, b.size());
    assertEquals(2, b.getCount(0));
    assertEquals(1, DurationBuckets.zeroCount(recorded(0, 1_000_000, 1_000_000)));
  }
}
