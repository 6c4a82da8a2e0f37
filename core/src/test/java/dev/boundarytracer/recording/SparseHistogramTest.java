package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
  void readingsAreExactAndIntervalsCountEachValueOnce() {
    SparseHistogram h = new SparseHistogram();
    for (long v = 1; v <= 10_000; v++) {
      h.record(v * 1000);
    }
    SparseHistogram sum = new SparseHistogram();
    assertEquals(10_000, h.addTo(sum));
    SparseHistogram previous = new SparseHistogram();
    Histogram first = sum.intervalSince(previous);
    assertNull(sum.intervalSince(previous), "a second interval finds nothing new");
    Histogram reference = new Histogram(2);
    for (long v = 1; v <= 10_000; v++) {
      reference.recordValue(v * 1000);
    }
    assertEquals(10_000, first.getTotalCount());
    assertEquals(reference.getValueAtPercentile(99), first.getValueAtPercentile(99));
    assertEquals(reference.getValueAtPercentile(50), first.getValueAtPercentile(50));
    Histogram copy = h.toHistogram();
    assertEquals(reference.getValueAtPercentile(90), copy.getValueAtPercentile(90));
    assertEquals(10_000, copy.getTotalCount(), "reading leaves the counts in place");
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
  void readerWhileWritersRecordLosesNothingAndCountsNothingTwice() throws InterruptedException {
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
    // The reader's two ways: cumulative readings grow and never pass the truth; intervals between
    // readings add up to every value once.
    SparseHistogram previous = new SparseHistogram();
    long intervals = 0;
    long lastReading = 0;
    long expected = (long) writers * perWriter;
    threads.forEach(Thread::start);
    int visits = 0;
    while (done.get() < writers) {
      SparseHistogram now = new SparseHistogram();
      long reading = h.addTo(now);
      assertTrue(reading >= lastReading && reading <= expected, lastReading + " then " + reading);
      lastReading = reading;
      Histogram interval = now.intervalSince(previous);
      intervals += interval == null ? 0 : interval.getTotalCount();
      visits++;
    }
    for (Thread t : threads) {
      t.join();
    }
    SparseHistogram now = new SparseHistogram();
    assertEquals(expected, h.addTo(now), "after " + visits + " concurrent visits");
    Histogram last = now.intervalSince(previous);
    intervals += last == null ? 0 : last.getTotalCount();
    assertEquals(expected, intervals, "intervals over " + visits + " concurrent visits");
    assertEquals(expected, h.toHistogram().getTotalCount());
  }
}
