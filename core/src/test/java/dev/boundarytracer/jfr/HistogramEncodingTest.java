package dev.boundarytracer.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class HistogramEncodingTest {
  @Test
  void decodesBackToTheSameCounts() {
    Histogram h = new Histogram(2);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      h.recordValue(1_000 + random.nextLong(50_000_000));
    }
    h.recordValue(3_600_000_000_000L);
    String text = HistogramEncoding.encode(h);
    assertFalse(text.contains("\n"), "one line");
    Histogram back = HistogramEncoding.decode(text);
    assertEquals(h, back, "same counts in every bucket");
    assertEquals(h.getTotalCount(), back.getTotalCount());
    assertEquals(h.getMaxValue(), back.getMaxValue());
    assertEquals(h.getMinValue(), back.getMinValue());
    assertEquals(h.getValueAtPercentile(99.9), back.getValueAtPercentile(99.9));
  }

  @Test
  void anEmptyHistogramRoundTrips() {
    assertEquals(
        0, HistogramEncoding.decode(HistogramEncoding.encode(new Histogram(2))).getTotalCount());
  }

  @Test
  void rejectsTextThatIsNoHistogram() {
    assertThrows(
        IllegalArgumentException.class, () -> HistogramEncoding.decode("bm90IGEgaGlzdG9ncmFt"));
    assertThrows(IllegalArgumentException.class, () -> HistogramEncoding.decode("%%%"));
  }
}
