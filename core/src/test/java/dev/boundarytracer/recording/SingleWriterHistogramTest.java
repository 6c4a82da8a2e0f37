package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SingleWriterHistogramTest {

  @Test
  void bucketsMatchHdrHistogramsLayoutForTwoSignificantDigits() {
    Histogram reference = new Histogram(SingleWriterHistogram.SIGNIFICANT_DIGITS);
    for (long v = 0; v < 5_000_000_000L; v = v < 1000 ? v + 1 : v + v / 97 + 1) {
      int index = SingleWriterHistogram.indexOf(v);
      assertEquals(
          reference.lowestEquivalentValue(v), SingleWriterHistogram.valueAt(index), "value " + v);
    }
  }

  @Test
  void drainedCountsAreExactAndNeverCountedTwice() {
    SingleWriterHistogram h = new SingleWriterHistogram();
    for (long v = 1; v <= 10_000; v++) {
      h.record(v * 1000);
    }
    Histogram first = new Histogram(2);
    h.drainInto(first);
    Histogram second = new Histogram(2);
    h.drainInto(second);
    assertEquals(10_000, first.getTotalCount());
    assertEquals(0, second.getTotalCount(), "a second visit finds nothing new");
    assertEquals(
        new Histogram(2) {
          {
            for (long v = 1; v <= 10_000; v++) {
              recordValue(v * 1000);
            }
          }
        }.getValueAtPercentile(99),
        first.getValueAtPercentile(99));
  }

  @Test
  void readerDrainingWhileTheWriterRecordsLosesNothing() throws InterruptedException {
    SingleWriterHistogram h = new SingleWriterHistogram();
    int n = 2_000_000;
    AtomicBoolean done = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < n; i++) {
                // Values spread over many buckets, so the counts array grows while read.
                h.record((i * 7919L) % 3_000_000_000L);
              }
              done.set(true);
            });
    Histogram sink = new Histogram(2);
    writer.start();
    int visits = 0;
    while (!done.get()) {
      h.drainInto(sink);
      visits++;
    }
    writer.join();
    h.drainInto(sink);
    assertEquals(n, sink.getTotalCount(), "after " + visits + " concurrent visits");
  }
}
