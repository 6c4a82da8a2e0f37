package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent's recording at the low-overhead settings ({@code jfr.settings=default}, boundary.jfc):
 * per-call events only above their thresholds, and per-second statistics whose histograms hold the
 * calls' full distribution, decodable with HdrHistogram.
 */
class JfrDefaultSettingsIT {
  private static final long PHASE_THRESHOLD_NANOS = 10_000_000L;
  private static final long OPERATION_THRESHOLD_NANOS = 20_000_000L;
  private static final long LOCK_HOLD_THRESHOLD_NANOS = 10_000_000L;

  private static JsonNode json;
  private static List<RecordedEvent> events;

  @BeforeAll
  static void runDemo() throws Exception {
    Path dir = Artifacts.freshWorkDir("demo-default-jfr-settings");
    Path jsonPath = dir.resolve("report.json");
    Path jfr = dir.resolve("recording.jfr");
    JvmRun run =
        JvmLauncher.currentJava()
            .withAgent(
                Artifacts.agentJar(),
                "json=" + jsonPath + ";jfr=" + jfr + ";jfr.settings=default;report=off")
            .withJar(Artifacts.demoJar())
            .withArgs("--threads", "2", "--batch", "500", "--duration", "3s")
            .withArgs("--profile", "contended")
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    json = JsonReports.read(jsonPath);
    events = RecordingFile.readAllEvents(jfr);
  }

  @Test
  void perCallEventsAreOnlyTheCallsAboveTheirThresholds() {
    long phaseEvents = 0;
    for (RecordedEvent e : events) {
      String type = e.getEventType().getName();
      long nanos = e.getDuration().toNanos();
      if (type.equals("dev.boundarytracer.Phase")) {
        phaseEvents++;
        assertTrue(nanos >= PHASE_THRESHOLD_NANOS, "phase event below 10 ms: " + e);
      } else if (type.equals("dev.boundarytracer.Operation")) {
        assertTrue(nanos >= OPERATION_THRESHOLD_NANOS, "operation event below 20 ms: " + e);
      } else if (type.equals("dev.boundarytracer.LockHold")) {
        assertTrue(nanos >= LOCK_HOLD_THRESHOLD_NANOS, "lock hold event below 10 ms: " + e);
      }
    }
    long calls = 0;
    long fastCalls = 0;
    for (JsonNode op : json.path("operations")) {
      for (JsonNode phase : op.path("phases")) {
        calls += phase.path("count").asLong();
        if (phase.path("nanos").path("min").asLong() < PHASE_THRESHOLD_NANOS / 2) {
          fastCalls++;
        }
      }
    }
    assertTrue(fastCalls > 0, "the demo has phases faster than 5 ms");
    assertTrue(phaseEvents < calls, phaseEvents + " phase events for " + calls + " calls");
  }

  @Test
  void statisticsHistogramsDecodeToTheirCountsAndNeverExceedTheCalls() {
    Map<String, Long> counted = new TreeMap<>();
    for (RecordedEvent e : events) {
      if (e.getEventType().getName().equals("dev.boundarytracer.PhaseStatistics")) {
        byte[] bytes = Base64.getDecoder().decode(e.getString("histogram"));
        Histogram h;
        try {
          h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (java.util.zip.DataFormatException ex) {
          throw new AssertionError("histogram of " + e, ex);
        }
        assertEquals(e.getLong("count"), h.getTotalCount(), "calls in " + e);
        assertEquals(e.getLong("max"), h.getMaxValue(), "max of " + e);
        counted.merge(
            e.getString("operation") + "/" + e.getString("phase"), h.getTotalCount(), Long::sum);
      }
    }
    assertTrue(counted.size() >= 4, "statistics of the (operation, phase) pairs: " + counted);
    for (JsonNode op : json.path("operations")) {
      for (JsonNode phase : op.path("phases")) {
        String key = op.path("name").asText() + "/" + phase.path("phase").asText();
        long inHistograms = counted.getOrDefault(key, 0L);
        assertTrue(
            inHistograms <= phase.path("count").asLong(),
            key + ": " + inHistograms + " in the histograms, " + phase.path("count") + " calls");
      }
    }
  }
}
