package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.Java25;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.ParallelRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ParallelismContract} on Java 25 (skipped without one, see {@link Java25}), plus work
 * handed to virtual threads: each virtual thread counts as a thread; the JVM measures no CPU time
 * on virtual threads, so their tasks are counted as such and their running (wall) time is kept.
 */
class ParallelismJava25IT extends ParallelismContract {
  private static ParallelRun run;

  @BeforeAll
  static void runApplication() throws Exception {
    run = ParallelRun.run(JvmLauncher.javaHome(Java25.homeOrSkip()), "parallelism-java25", 4);
  }

  @Override
  ParallelRun run() {
    return run;
  }

  @Test
  void virtualThreadsAreFollowedAsThreadsWithoutCpuTime() {
    JsonNode convert = run.convert("virtual_fanout");
    long calls = run.truth("virtual_fanout", "calls");
    long items = run.truth("virtual_fanout", "items");
    assertEquals("MEASURED", convert.path("parallelismSource").asText(), convert.toString());
    assertEquals(
        run.truth("virtual_fanout", "threadsSum"),
        Math.round(convert.path("parallelThreadsMean").asDouble() * calls));
    assertEquals(
        run.truth("virtual_fanout", "threadsMax"), convert.path("parallelThreadsMax").asLong());
    assertEquals(items, convert.path("tasks").asLong(), "one task per virtual thread, no carriers");
    assertEquals(items, convert.path("tasksWithoutCpu").asLong());
    long spunWall = items * dev.boundarytracer.it.app.parallel.ParallelMainAccess.itemNanos();
    long wall = convert.path("taskWallNanos").asLong();
    long phaseWall = convert.path("nanos").path("sum").asLong();
    assertTrue(
        wall >= spunWall && wall <= phaseWall * run.truth("virtual_fanout", "threadsMax"),
        "task wall " + wall + " ns, spun " + spunWall + " ns, phase wall " + phaseWall + " ns");
  }
}
