package dev.boundarytracer.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.recording.OperationRegistry;
import dev.boundarytracer.recording.ThreadState;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics events of a recording hold every recorded duration, decodable by HdrHistogram. */
class PhaseStatisticsHistogramTest {
  private static final String STATISTICS = "dev.boundarytracer.PhaseStatistics";

  @Test
  void theHistogramsOfTheStatisticsEventsHoldEveryCall(@TempDir Path dir) throws Exception {
    String operation = "statistics-histogram-" + System.nanoTime();
    int opId = OperationRegistry.idOf(operation);
    JfrSupport.installPeriodicEvents(() -> new ProfileSnapshot(List.of(), null));
    Path file = dir.resolve("statistics.jfr");
    Histogram expected = new Histogram(2);
    try (Recording r = new Recording()) {
      // At the end of the recording, so the test needs no wait for a period.
      r.enable(STATISTICS).with("period", "endChunk");
      r.start();
      long[] convert = {-1, 0, -1, -1};
      boolean[] held = {false, false, false, false};
      ThreadState state = ThreadState.current();
      for (int i = 1; i <= 5_000; i++) {
        long nanos = i * 997L;
        convert[1] = nanos;
        expected.recordValue(nanos);
        state.recordCompleted(opId, System.nanoTime(), nanos, convert, held, 1, 0, false);
      }
      r.stop();
      r.dump(file);
    }
    assertTrue(Files.size(file) > 0);
    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    Histogram merged = new Histogram(2);
    long counted = 0;
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals(STATISTICS)
          && operation.equals(e.getString("operation"))) {
        assertEquals("CONVERT", e.getString("phase"));
        Histogram h = HistogramEncoding.decode(e.getString("histogram"));
        assertEquals(
            e.getLong("count"), h.getTotalCount(), "the histogram holds the event's calls");
        assertEquals(e.getLong("max"), h.getMaxValue(), "and its max");
        merged.add(h);
        counted += e.getLong("count");
      }
    }
    assertEquals(5_000, counted, "every call in some interval");
    assertEquals(expected.getTotalCount(), merged.getTotalCount());
    assertEquals(expected.getValueAtPercentile(50), merged.getValueAtPercentile(50));
    assertEquals(expected.getValueAtPercentile(99), merged.getValueAtPercentile(99));
    assertEquals(expected.getMaxValue(), merged.getMaxValue());
  }
}
