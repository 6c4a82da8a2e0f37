package dev.boundarytracer.agent.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Base64;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics events carrying each interval's histogram are merged into exact percentiles. */
class IntervalStatisticsTest {

  /** The statistics event as the agent writes it, with the interval's histogram. */
  @Name("dev.boundarytracer.PhaseStatistics")
  static final class Statistics extends jdk.jfr.Event {
    String operation;
    String phase;
    long count;
    long mean;
    long p50;
    long p99;
    long max;
    String histogram;
  }

  @Test
  void mergesTheIntervalsHistograms(@TempDir Path dir) throws Exception {
    Histogram all = new Histogram(2);
    Path file = dir.resolve("stats.jfr");
    try (Recording recording = new Recording()) {
      recording.enable(Statistics.class);
      recording.start();
      for (int interval = 0; interval < 3; interval++) {
        Histogram h = new Histogram(2);
        for (int i = 1; i <= 100; i++) {
          long v = (interval + 1) * 1_000_000L + i * 10_000L;
          h.recordValue(v);
          all.recordValue(v);
        }
        commit(h);
      }
      recording.stop();
      recording.dump(file);
    }
    Analysis analysis = RecordingAnalyzer.analyze(file, TimeWindow.ALL);
    OperationSnapshot op = analysis.profile().operations().get(0);
    PhaseSnapshot convert = op.phase(dev.boundarytracer.Phase.CONVERT);
    DurationStats s = convert.nanos();
    assertEquals(300, s.count());
    assertEquals(all.getValueAtPercentile(50), s.p50Nanos(), "p50");
    assertEquals(all.getValueAtPercentile(90), s.p90Nanos(), "p90");
    assertEquals(all.getValueAtPercentile(99), s.p99Nanos(), "p99");
    assertEquals(all.getMaxValue(), s.maxNanos(), all.getMaxValue() / 100.0, "max");
    assertTrue(
        analysis.notes().stream().noneMatch(n -> n.contains("approximate")),
        analysis.notes()::toString);
    assertEquals(3, analysis.intervals().get("copy/CONVERT").size(), "one interval per event");
  }

  private static void commit(Histogram h) {
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    Statistics e = new Statistics();
    e.operation = "copy";
    e.phase = "CONVERT";
    e.count = h.getTotalCount();
    e.mean = Math.round(h.getMean());
    e.p50 = h.getValueAtPercentile(50);
    e.p99 = h.getValueAtPercentile(99);
    e.max = h.getMaxValue();
    e.histogram = Base64.getEncoder().encodeToString(bytes);
    e.commit();
  }
}
