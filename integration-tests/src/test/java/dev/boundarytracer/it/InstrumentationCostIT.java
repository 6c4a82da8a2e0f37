package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.startup.TinyPhasesMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The agent states its own cost: a phase so short and frequent that timing it costs more than 5 %
 * of its operation's wall time gets one note, with the numbers, in both reports.
 */
class InstrumentationCostIT {

  @Test
  void aTinyFrequentPhaseGetsTheNoteInBothReports() throws Exception {
    Path dir = Artifacts.freshWorkDir("instrumentation-cost");
    Path json = dir.resolve("report.json");
    Path text = dir.resolve("report.txt");
    JvmRun run =
        TestApps.withAgent(TinyPhasesMain.class, "report=" + text + ";json=" + json).run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("tiny done"), run::describe);

    JsonNode cost = JsonReports.read(json).path("instrumentationCost");
    double callNanos = cost.path("callNanos").asDouble();
    assertTrue(callNanos > 0 && callNanos < 10_000, "calibrated call cost " + cost);
    long calibrationNanos = cost.path("calibrationNanos").asLong();
    assertTrue(calibrationNanos > 0 && calibrationNanos < 1_000_000_000L, "calibration " + cost);
    JsonNode share = cost.path("operations").get(0);
    assertEquals("tokenize", share.path("name").asText(), cost.toString());
    long calls = (long) TinyPhasesMain.OPERATIONS * (TinyPhasesMain.PHASE_CALLS + 1);
    assertEquals(calls, share.path("calls").asLong(), cost.toString());
    assertTrue(share.path("share").asDouble() > 0.05, "share " + cost);
    String note = cost.path("note").asText("");
    assertTrue(note.contains("tokenize") && note.contains("above 5 %"), "note " + cost);

    String report = Files.readString(text);
    assertEquals(1, count(report, "Instrumentation: an estimated"), report);
    assertTrue(report.contains(note), report);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
