package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SparseHistogramTest {

  @Test
  void bucketsMatchHdrHistogramsLayoutForTwoSignificantDigits() {
    Histogram reference = new Histogram(SparseHistogram.SIGNIFICANT_DIGITS);
    for (long v = 0; v < 5_000_000_000L; v = v < 1000 ? v + 1 : v + v / 97 + 1) {
      int index = SparseHistogram.indexOf(v);
      assertEquals(
          reference.lowestEquivalentValue(v), SparseHistogram.valueAt(index), "value " + v);
    }
  }

  @Test
  void drainedCountsAreExactAndNeverCountedTwice() {
    SparseHistogram h = new SparseHistogram();
    for (long v = 1; v <= 10_000; v++) {
      h.record(v * 1000);
    }
    SparseHistogram first = new SparseHistogram();
    assertEquals(10_000, h.drainInto(first, null));
    SparseHistogram second = new SparseHistogram();
    assertEquals(0, h.drainInto(second, null), "a second visit finds nothing new");
    assertTrue(second.isEmpty());
    Histogram reference = new Histogram(2);
    for (long v = 1; v <= 10_000; v++) {
      reference.recordValue(v * 1000);
    }
    Histogram drained = first.toHistogram();
    assertEquals(10_000, drained.getTotalCount());
    assertEquals(reference.getValueAtPercentile(99), drained.getValueAtPercentile(99));
    assertEquals(reference.getValueAtPercentile(50), drained.getValueAtPercentile(50));
  }

  @Test
  void onlyTheRangesReachedTakeMemory() {
    SparseHistogram h = new SparseHistogram();
    long empty = h.footprintBytes();
    h.record(1_500_000); // one range of values: 1 ms to 2 ms
    h.record(1_900_000);
    assertEquals(empty + 16 + 8 * 128, h.footprintBytes());
  }

  @Test
  void readerDrainingWhileWritersRecordLosesNothing() throws InterruptedException {
    SparseHistogram h = new SparseHistogram();
    int writers = 3;
    int perWriter = 2_000_000;
    AtomicInteger done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      long offset = w;
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; i < perWriter; i++) {
                  // Values spread over many ranges, so blocks are installed while read.
                  h.record((i * 7919L + offset) % 3_000_000_000L);
                }
                done.incrementAndGet();
              });
      threads.add(writer);
    }
    SparseHistogram sink = new SparseHistogram();
    SparseHistogram interval = new SparseHistogram();
    long moved = 0;
    threads.forEach(Thread::start);
    int visits = 0;
    while (done.get() < writers) {
      moved += h.drainInto(sink, interval);
      visits++;
    }
    for (Thread t : threads) {
      t.join();
    }
    moved += h.drainInto(sink, interval);
    long expected = (long) writers * perWriter;
    assertEquals(expected, moved, "after " + visits + " concurrent visits");
    assertEquals(expected, sink.toHistogram().getTotalCount());
    assertEquals(expected, interval.toHistogram().getTotalCount());
  }
}
