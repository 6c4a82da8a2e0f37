package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.JsonReports;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo's {@code healthy} profile: the contract, plausible JVM figures, and no CRITICAL flag.
 */
class HealthyProfileIT extends DemoProfileContract {
  @Override
  String profile() {
    return "healthy";
  }

  @Test
  void reportsPlausibleJvmFigures() {
    JsonNode jvm = json().path("jvm");
    assertTrue(jvm.path("uptimeMillis").asLong() > 0, "uptimeMillis " + jvm);
    assertTrue(jvm.path("cpuSeconds").asDouble() > 0, "cpuSeconds " + jvm);
    assertEquals(System.getProperty("java.version"), jvm.path("javaVersion").asText());
    long start = jvm.path("heapUsedStartBytes").asLong();
    long end = jvm.path("heapUsedEndBytes").asLong();
    long peak = jvm.path("heapUsedPeakBytes").asLong();
    // A running JVM always has objects on its heap; 0 means the figure was not measured.
    assertTrue(start > 0, "heapUsedStartBytes " + start);
    assertTrue(end > 0, "heapUsedEndBytes " + end);
    assertTrue(peak >= Math.max(start, end), "heapUsedPeakBytes " + peak + " below start/end");
    assertTrue(jvm.path("rssPeakBytes").asLong() > peak / 2, "rssPeakBytes " + jvm);
  }

  @Test
  void saysTheInstrumentationCostsTooLittleToMention() {
    JsonNode cost = json().path("instrumentationCost");
    assertTrue(cost.path("callNanos").asDouble() > 0, "calibrated call cost " + cost);
    assertTrue(cost.path("note").isNull(), "note " + cost);
    for (JsonNode op : cost.path("operations")) {
      assertTrue(op.path("share").asDouble() < 0.05, "share " + op);
    }
  }

  @Test
  void raisesNoCriticalFlag() {
    assertEquals(Set.of(), JsonReports.flagIds(json(), "CRITICAL"), "CRITICAL flags");
  }
}
