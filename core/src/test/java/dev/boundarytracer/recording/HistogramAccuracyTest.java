package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.OperationSnapshot;
import org.junit.jupiter.api.Test;

/** Percentiles from the merged histograms are within the documented 1 % of the exact values. */
class HistogramAccuracyTest {

  @Test
  void percentilesOfKnownDurationsAreWithinOnePercent() {
    String op = "accuracy-" + System.nanoTime();
    int opId = OperationRegistry.idOf(op);
    ThreadState s = ThreadState.current();
    long[] noPhases = {-1, -1, -1, -1};
    boolean[] held = new boolean[4];
    // Durations 1..1000 µs, each once: p50 = 500 µs, p90 = 900 µs, p99 = 990 µs.
    long sum = 0;
    for (int i = 1; i <= 1000; i++) {
      long d = i * 1_000L;
      sum += d;
      s.recordCompleted(opId, 0, d, noPhases, held, 0, 0, false);
    }
    OperationSnapshot snap = ThreadStateTest.find(op);
    DurationStats t = snap.totalNanos();
    assertEquals(1000, t.count());
    assertEquals(sum, t.sumNanos(), "sums are exact, not from buckets");
    assertEquals(500_000, t.p50Nanos(), 5_000);
    assertEquals(900_000, t.p90Nanos(), 9_000);
    assertEquals(990_000, t.p99Nanos(), 9_900);
    assertEquals(1_000_000, t.maxNanos(), "max is exact");
    assertEquals(1_000, t.minNanos(), "min is exact");
  }
}
