package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.RecordedCounts;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** What a snapshot keeps of a distribution gives back the same HdrHistogram, in less memory. */
class RecordedCountsTest {

  @Test
  void countsGiveBackTheHistogramTheValuesMake() {
    Random random = new Random(7);
    SparseHistogram sparse = new SparseHistogram();
    Histogram reference = new Histogram(SparseHistogram.SIGNIFICANT_DIGITS);
    for (int i = 0; i < 100_000; i++) {
      // From a microsecond to about a second, spread over three orders of magnitude.
      long value = (long) Math.exp(7 + random.nextDouble() * 14);
      sparse.record(value);
      reference.recordValue(value);
    }
    RecordedCounts counts = sparse.toCounts();
    Histogram back = counts.toHistogram();

    assertEquals(100_000, counts.totalCount());
    assertEquals(reference, back);
    for (double p : new double[] {0, 50, 90, 99, 99.9, 100}) {
      assertEquals(reference.getValueAtPercentile(p), back.getValueAtPercentile(p), "p" + p);
    }
  }

  @Test
  void percentilesOfSeveralDistributionsShareOneScratchHistogram() {
    Percentiles percentiles = new Percentiles();
    for (long scale : new long[] {1_000, 50_000_000, 3_000}) {
      SparseHistogram sparse = new SparseHistogram();
      Histogram reference = new Histogram(SparseHistogram.SIGNIFICANT_DIGITS);
      long sum = 0;
      for (long v = 1; v <= 1_000; v++) {
        sparse.record(v * scale);
        reference.recordValue(v * scale);
        sum += v * scale;
      }
      DurationStats stats = percentiles.stats(1_000, sum, scale, 1_000 * scale, sparse.toCounts());
      assertEquals(reference.getValueAtPercentile(50), stats.p50Nanos(), "scale " + scale);
      assertEquals(reference.getValueAtPercentile(99), stats.p99Nanos(), "scale " + scale);
      assertEquals(scale, stats.minNanos());
      assertEquals(sum, stats.sumNanos());
    }
  }

  @Test
  void fewBucketsTakeFewBytes() {
    SparseHistogram sparse = new SparseHistogram();
    for (long v = 1_000; v <= 4_000; v += 15) {
      sparse.record(v);
    }
    RecordedCounts counts = sparse.toCounts();
    Histogram dense = counts.toHistogram();
    // 16 bytes per bucket reached here, 8 bytes per bucket from 0 to the highest in HdrHistogram.
    assertEquals(dense.getTotalCount(), counts.totalCount());
    assertTrue(
        2 * counts.footprintBytes() < dense.getEstimatedFootprintInBytes() + 1_000,
        counts.footprintBytes() + " bytes vs " + dense.getEstimatedFootprintInBytes());
  }

  @Test
  void arraysOfDifferentLengthsAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RecordedCounts(new long[] {1, 2}, new long[] {1}));
    assertTrue(e.getMessage().contains("2 and 1"), e.getMessage());
  }
}
