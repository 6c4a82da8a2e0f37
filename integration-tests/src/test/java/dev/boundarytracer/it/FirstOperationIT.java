package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.startup.FirstOperationMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The agent's own start-up is never charged to an operation: the operation whose class activates
 * the agent reports the time and allocation of its own body, as every later call does.
 */
class FirstOperationIT {
  /**
   * Above a 0.1 ms or 1 ms body even on a machine busy with other work (where a call measured up to
   * 70 ms), below the agent's start-up (180 ms on a quiet machine when it was charged to the first
   * call).
   */
  private static final long MARGIN_NANOS = 100_000_000L;

  /**
   * The agent's start-up allocated megabytes (6.6 MB when it was charged to the first call); the
   * first call's own bookkeeping (its recorder) stays well below this.
   */
  private static final long MAX_ALLOCATED_BYTES = 512 * 1024;

  @Test
  void theOperationThatActivatesTheAgentIsNotChargedWithItsStartUp() throws Exception {
    Path dir = Artifacts.freshWorkDir("first-operation");
    Path json = dir.resolve("report.json");
    JvmRun run = TestApps.withAgent(FirstOperationMain.class, "report=off;json=" + json).run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("first operation done"), run::describe);
    JsonNode report = JsonReports.read(json);

    JsonNode session = JsonReports.operation(report, "open_session");
    assertEquals(1, session.path("count").asLong(), "open_session calls");
    long sessionNanos = session.path("totalNanos").path("max").asLong();
    assertTrue(
        sessionNanos >= 100_000 && sessionNanos < 100_000 + MARGIN_NANOS,
        "open_session (a 0.1 ms constructor) took " + sessionNanos + " ns");
    long sessionBytes = session.path("allocatedBytes").path("max").asLong();
    assertTrue(
        sessionBytes < MAX_ALLOCATED_BYTES, "open_session allocated " + sessionBytes + " bytes");

    JsonNode lookup = JsonReports.operation(report, "lookup");
    assertEquals(20, lookup.path("count").asLong(), "lookup calls");
    long p50 = lookup.path("totalNanos").path("p50").asLong();
    long max = lookup.path("totalNanos").path("max").asLong();
    assertTrue(max < p50 + MARGIN_NANOS, "lookup: first call " + max + " ns, median " + p50);
    long lookupBytes = lookup.path("allocatedBytes").path("max").asLong();
    assertTrue(
        lookupBytes < MAX_ALLOCATED_BYTES, "lookup allocated up to " + lookupBytes + " bytes");
  }
}
