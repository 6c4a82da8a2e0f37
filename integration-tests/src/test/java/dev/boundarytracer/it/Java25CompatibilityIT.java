package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.Java25;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's {@code healthy} run under the agent on Java 25 (Temurin, found by {@link Java25});
 * skipped with a message when no Java 25 is installed.
 */
class Java25CompatibilityIT {
  private static DemoRun demo;

  @BeforeAll
  static void runDemoOnJava25() {
    demo = DemoRuns.run(JvmLauncher.javaHome(Java25.homeOrSkip()), "java25", "healthy");
  }

  @Test
  void runsOnJava25() {
    String version = demo.json().path("jvm").path("javaVersion").asText();
    assertTrue(version.startsWith("25"), "jvm.javaVersion " + version);
    assertEquals(0, demo.jvm().exitCode(), demo.jvm()::describe);
    assertEquals(List.of(), demo.jvm().agentMessages(), "agent messages");
    assertEquals(0, demo.json().path("jvm").path("suppressedErrors").asLong(-1));
  }

  @Test
  void recordsTheThreeOperationsWithEveryPhaseOncePerCall() {
    for (String name : DemoProfileContract.OPERATIONS) {
      JsonNode op = JsonReports.operation(demo.json(), name);
      long count = op.path("count").asLong();
      assertTrue(count > 0, name + " count");
      assertEquals(DemoProfileContract.PHASES, JsonReports.phases(op).keySet(), name + " phases");
      for (JsonNode phase : JsonReports.phases(op).values()) {
        assertEquals(count, phase.path("count").asLong(), name + "/" + phase.path("phase"));
      }
    }
  }
}
