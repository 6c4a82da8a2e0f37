package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The live report ({@code reportInterval}) while the demo runs: one block or JSON line per interval
 * with the interval's own figures, which add up to the exit report's totals.
 */
class LiveReportIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonLinesCarryEachIntervalsFigures() throws Exception {
    Path dir = Artifacts.freshWorkDir("live-report-json");
    Path json = dir.resolve("report.json");
    JvmRun run = demo(dir, "reportInterval=1s,reportFormat=json,json=" + json);
    assertEquals(0, run.exitCode(), run::describe);

    List<JsonNode> lines = new ArrayList<>();
    for (String l : run.stderr().split("\n")) {
      if (l.startsWith("{")) {
        lines.add(JSON.readTree(l));
      }
    }
    assertTrue(lines.size() >= 3, "JSON lines: " + lines.size() + "\n" + run.describe());
    Map<String, Long> summed = new HashMap<>();
    Map<String, Long> lastTotal = new HashMap<>();
    int phasesWithPercentiles = 0;
    for (JsonNode line : lines) {
      double seconds = line.path("intervalSeconds").asDouble();
      assertTrue(seconds > 0.2 && seconds < 10, "interval of " + seconds + " s: " + line);
      assertTrue(line.path("cpuCores").asDouble() >= 0, line::toString);
      assertTrue(line.path("heapUsedBytes").asLong() > 0, line::toString);
      for (JsonNode op : line.path("operations")) {
        String name = op.path("name").asText();
        long calls = op.path("calls").asLong();
        summed.merge(name, calls, Long::sum);
        lastTotal.put(name, op.path("totalCalls").asLong());
        assertEquals(calls / seconds, op.path("opsPerSecond").asDouble(), 1e-6 * (1 + calls));
        for (JsonNode phase : op.path("phases")) {
          assertTrue(phase.path("calls").asLong() > 0, phase::toString);
          assertTrue(
              phase.path("p50Nanos").asLong() <= phase.path("p99Nanos").asLong(), phase::toString);
          phasesWithPercentiles++;
        }
      }
    }
    assertTrue(phasesWithPercentiles > 0, "no phase percentiles in any interval");
    // Intervals are consecutive: their calls add up to the running total of the last line.
    assertEquals(lastTotal, summed, "interval calls summed per operation");
    Map<String, JsonNode> exit = JsonReports.operations(JsonReports.read(json));
    for (Map.Entry<String, Long> e : summed.entrySet()) {
      assertTrue(
          e.getValue() <= exit.get(e.getKey()).path("count").asLong(),
          e.getKey() + ": intervals counted more than the exit report");
    }
  }

  @Test
  void textBlocksAppearEachInterval() throws Exception {
    Path dir = Artifacts.freshWorkDir("live-report-text");
    JvmRun run = demo(dir, "reportInterval=1s");
    assertEquals(0, run.exitCode(), run::describe);
    long headers =
        run.stderr().lines().filter(l -> l.startsWith("[boundary-tracer] live ")).count();
    assertTrue(headers >= 3, "live blocks: " + headers + "\n" + run.describe());
    assertTrue(
        run.stderr().lines().anyMatch(l -> l.contains(" ops/s ") && l.contains(" p99 ")),
        run::describe);
  }

  private static JvmRun demo(Path dir, String agentOptions) throws Exception {
    return JvmLauncher.currentJava()
        .withAgent(Artifacts.agentJar(), agentOptions)
        .withJar(Artifacts.demoJar())
        .withArgs("--threads", "2", "--batch", "500", "--duration", "5s")
        .withTimeout(Duration.ofMinutes(3))
        .run(dir);
  }
}
