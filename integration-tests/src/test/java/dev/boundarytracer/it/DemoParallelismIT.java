package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.JsonReports;
import org.junit.jupiter.api.Test;

/**
 * The demo's convert phase, measured: in {@code healthy} it hands its batches to the ForkJoin pool
 * of {@code ParallelMapper} and the agent follows them to at least two threads; in {@code serial}
 * and {@code contended} it runs on the calling thread and the agent reports no parallelism, so
 * {@code CONVERT_NOT_PARALLEL} rests on the declaration.
 */
class DemoParallelismIT {

  @Test
  void healthyConvertIsMeasuredParallel() {
    JsonNode report = DemoRuns.onCurrentJava("healthy").json();
    for (String name : DemoProfileContract.OPERATIONS) {
      JsonNode op = JsonReports.operation(report, name);
      JsonNode convert = JsonReports.phases(op).get("CONVERT");
      String where = name + ": " + convert;
      assertEquals("MEASURED", convert.path("parallelismSource").asText(), where);
      assertEquals("MEASURED", op.path("parallelismSource").asText(), where);
      assertEquals(op.path("count").asLong(), convert.path("handOffCalls").asLong(), where);
      assertTrue(convert.path("parallelThreadsMax").asLong() >= 2, where);
      assertTrue(2 * op.path("convertParallelCount").asLong() >= op.path("count").asLong(), where);
      assertTrue(convert.path("taskCpuNanos").asLong() > 0, where);
      for (String other : new String[] {"EXTRACT", "NETWORK", "MATERIALIZE"}) {
        assertEquals(
            "NONE", JsonReports.phases(op).get(other).path("parallelismSource").asText(), where);
      }
    }
  }

  @Test
  void serialAndContendedConvertHaveNoMeasuredParallelism() {
    for (String profile : new String[] {"serial", "contended"}) {
      JsonNode report = DemoRuns.onCurrentJava(profile).json();
      for (String name : DemoProfileContract.OPERATIONS) {
        JsonNode op = JsonReports.operation(report, name);
        String where = profile + "/" + name;
        assertEquals("DECLARED", op.path("parallelismSource").asText(), where);
        assertEquals(0, op.path("tasks").asLong(-1), where);
        assertEquals(
            "NONE",
            JsonReports.phases(op).get("CONVERT").path("parallelismSource").asText(),
            where);
      }
    }
  }
}
