package dev.boundarytracer.agent.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
  private static final long START = Instants.nanos(Instant.parse("2026-11-29T17:00:00Z"));

  @Test
  void offsetsCountFromTheRecordingsStart() throws AnalyzeException {
    assertArrayEquals(
        new long[] {START + 30_000_000_000L, START + 120_000_000_000L},
        new TimeWindow("30s", "2m").resolve(START));
    assertArrayEquals(
        new long[] {START + 1_500_000_000L, Long.MAX_VALUE},
        new TimeWindow("1500ms", null).resolve(START));
  }

  @Test
  void instantsAreAbsolute() throws AnalyzeException {
    assertArrayEquals(
        new long[] {Long.MIN_VALUE, START + 5 * 60_000_000_000L},
        new TimeWindow(null, "2026-11-29T17:05:00Z").resolve(START));
  }

  @Test
  void refusesWhatIsNeitherAndAnInvertedWindow() {
    AnalyzeException bad =
        assertThrows(AnalyzeException.class, () -> new TimeWindow("soon", null).validate());
    assertTrue(bad.getMessage().startsWith("--from soon: expected"), bad.getMessage());
    assertThrows(AnalyzeException.class, () -> new TimeWindow("2m", "30s").resolve(START));
  }
}
