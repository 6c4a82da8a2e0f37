package dev.boundarytracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import org.junit.jupiter.api.Test;

/** The measured-parallelism lines and keys of the text and JSON reports. */
class ParallelismReportTest {

  /** 2400 convert calls of 4521 µs; every call on 4 threads, tasks using 3.1x the phase's time. */
  private static OperationSnapshot measured() {
    long convertWall = 4521_000L * ReportFixtures.CALLS;
    Parallelism p =
        new Parallelism(
            ReportFixtures.CALLS,
            ReportFixtures.CALLS,
            4 * ReportFixtures.CALLS,
            4,
            32 * ReportFixtures.CALLS,
            0,
            Math.round(convertWall * 3.1),
            Math.round(convertWall * 3.5));
    return ReportFixtures.insertMany().parallelism(Phase.CONVERT, p).build();
  }

  @Test
  void textShowsThreadsAndCpuOverWallOnThePhaseAndTheOperation() {
    String text = TextReport.render(OperationFixture.profile(measured()));
    assertTrue(text.contains("(lock released, parallel: 4 threads, 3.1x (2400/2400 calls))"), text);
    assertTrue(
        text.contains("  Parallel: 1.7x task CPU over wall time, up to 4 threads, 76800 tasks\n"),
        text);
  }

  @Test
  void textKeepsTheDeclaredLineWhenNothingWasHandedOff() {
    String text = TextReport.render(OperationFixture.profile(ReportFixtures.insertMany().build()));
    assertTrue(text.contains("(lock released, parallel 2400/2400)"), text);
    assertFalse(text.contains("Parallel:"), text);
  }

  @Test
  void textSaysBusyWhenNoTaskHadCpuTime() {
    Parallelism virtual = new Parallelism(10, 10, 40, 4, 40, 40, 0, 3_000_000_000L);
    OperationSnapshot op =
        OperationFixture.operation("v")
            .calls(10)
            .docsPerCall(100)
            .phase(Phase.CONVERT, 100_000_000L)
            .parallelism(Phase.CONVERT, virtual)
            .build();
    String text = TextReport.render(OperationFixture.profile(op));
    assertTrue(text.contains("parallel: 4 threads, 3.0x busy (10/10 calls)"), text);
  }

  @Test
  void jsonHasTheMeasuredKeysPerPhaseAndOperation() throws Exception {
    JsonNode root =
        new ObjectMapper().readTree(JsonReport.toJson(OperationFixture.profile(measured())));
    JsonNode op = root.path("operations").get(0);
    assertEquals("MEASURED", op.path("parallelismSource").asText());
    assertEquals(ReportFixtures.CALLS, op.path("convertParallelCount").asLong());
    assertEquals(4, op.path("parallelThreadsMax").asLong());
    JsonNode convert = null;
    for (JsonNode phase : op.path("phases")) {
      if (phase.path("phase").asText().equals("CONVERT")) {
        convert = phase;
      } else {
        assertEquals("NONE", phase.path("parallelismSource").asText());
        assertTrue(phase.path("taskCpuNanos").isMissingNode());
      }
    }
    assertEquals("MEASURED", convert.path("parallelismSource").asText());
    assertEquals(4.0, convert.path("parallelThreadsMean").asDouble());
    assertEquals(3.1, convert.path("taskCpuToWallRatio").asDouble(), 1e-6);
    assertEquals(0, convert.path("tasksWithoutCpu").asLong(-1));
    assertTrue(convert.path("taskWallNanos").asLong() > convert.path("taskCpuNanos").asLong());
  }
}
