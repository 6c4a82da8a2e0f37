package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.parallel.ParallelMain;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.ParallelRun;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

/**
 * Measured parallelism against ground truth: the test application's phases hand busy-spin work
 * items to other threads in every way the agent follows, and note themselves on which threads the
 * items ran and how much CPU time they spun. The agent's distinct threads must equal the
 * application's, its task CPU time must be within {@value #CPU_TOLERANCE} of the spun time (the
 * agent's includes the executors' own bookkeeping), and work done on the phase's own thread or
 * outside any phase must not show up as parallel. Subclasses pick the Java.
 */
abstract class ParallelismContract {
  /** Relative error allowed between the agent's task CPU time and the spun CPU time. */
  static final double CPU_TOLERANCE = 0.05;

  abstract ParallelRun run();

  @Test
  void agentRanCleanly() {
    assertEquals(0, run().json().path("jvm").path("suppressedErrors").asLong(-1));
    assertEquals(List.of(), run().jvm().agentMessages(), "agent messages");
  }

  @Test
  void fixedPoolOfFourThreadsIsMeasuredAsFourThreads() {
    JsonNode convert = run().convert("pool_fanout");
    assertEquals(ParallelMain.POOL_THREADS, run().truth("pool_fanout", "threadsMax"));
    assertEquals(ParallelMain.POOL_THREADS, convert.path("parallelThreadsMax").asLong());
    assertEquals(ParallelMain.POOL_THREADS, convert.path("parallelThreadsMean").asDouble());
    assertMatchesTruth("pool_fanout");
  }

  @Test
  void parallelStreamInADedicatedForkJoinPoolIsFollowed() {
    assertMatchesTruth("stream_fanout");
  }

  @Test
  void parallelStreamOnTheCommonPoolCountsTheCallersThread() {
    assertMatchesTruth("common_stream");
  }

  @Test
  void subtasksForkedByWorkersKeepThePhaseContext() {
    assertMatchesTruth("forkjoin_fork");
  }

  @Test
  void completableFutureSupplyAsyncIsFollowed() {
    assertMatchesTruth("future_fanout");
  }

  @Test
  void callerRunsCountsThePhasesOwnThread() {
    assertEquals(2, run().truth("caller_runs", "threadsMax"));
    assertMatchesTruth("caller_runs");
  }

  @Test
  void phaseOnItsOwnThreadReportsNoParallelism() {
    JsonNode convert = run().convert("own_thread");
    assertEquals("NONE", convert.path("parallelismSource").asText(), convert.toString());
    assertTrue(convert.path("taskCpuNanos").isMissingNode(), convert.toString());
    JsonNode op = JsonReports.operation(run().json(), "own_thread");
    assertEquals("DECLARED", op.path("parallelismSource").asText());
    assertEquals(0, op.path("tasks").asLong(-1));
    assertTrue(hasCriticalNotParallel(op), op.path("redFlags").toString());
  }

  @Test
  void tasksHandedOffOutsideAnyPhaseAreNotAttributed() {
    JsonNode op = JsonReports.operation(run().json(), "outside_phase");
    assertEquals(0, op.path("tasks").asLong(-1), op.toString());
    assertEquals("NONE", run().convert("outside_phase").path("parallelismSource").asText());
    // While pool_fanout ran, another thread outside any phase kept the same pool busy; its CPU
    // time would push pool_fanout's far past the tolerance (checked in assertMatchesTruth).
    assertMatchesTruth("pool_fanout");
  }

  @Test
  void handedOffWorkOnOneThreadIsLimitedParallelismNotSerialCode() {
    JsonNode op = JsonReports.operation(run().json(), "single_worker");
    assertEquals("MEASURED", op.path("parallelismSource").asText());
    assertEquals(0, op.path("convertParallelCount").asLong(-1));
    assertEquals(op.path("count").asLong(), op.path("parallelCount").asLong(), "declared parallel");
    assertFalse(hasCriticalNotParallel(op), "the code hands its work off: " + op.path("redFlags"));
    JsonNode limited = null;
    for (JsonNode flag : op.path("redFlags")) {
      if (flag.path("id").asText().equals("CONVERT_PARALLEL_LIMITED")) {
        limited = flag;
      }
    }
    assertTrue(limited != null, op.path("redFlags").toString());
    assertEquals("WARNING", limited.path("severity").asText());
    String message = limited.path("message").asText();
    assertTrue(
        message.contains("1.0 threads per call") && message.contains("cores available"), message);
    assertMatchesTruth("single_worker");
  }

  @Test
  void parallelConvertRaisesNoNotParallelFlag() {
    for (String name : List.of("pool_fanout", "stream_fanout", "forkjoin_fork")) {
      JsonNode op = JsonReports.operation(run().json(), name);
      assertEquals("MEASURED", op.path("parallelismSource").asText(), name);
      assertEquals(op.path("count").asLong(), op.path("convertParallelCount").asLong(), name);
      assertFalse(hasCriticalNotParallel(op), name + ": " + op.path("redFlags"));
    }
  }

  @Test
  void textReportSaysOnHowManyThreadsAndHowManyCores() {
    String text = run().text();
    assertTrue(
        text.contains("parallel: " + ParallelMain.POOL_THREADS + " threads, "), "text:\n" + text);
    assertTrue(text.contains("Parallel: "), "operation line:\n" + text);
  }

  @Test
  void phaseEventsCarryTheThreadsAndTheTaskCpuTime() throws Exception {
    List<RecordedEvent> events = run().phaseEvents("pool_fanout");
    assertEquals(run().truth("pool_fanout", "calls"), events.size());
    long cpu = 0;
    for (RecordedEvent e : events) {
      assertEquals(ParallelMain.POOL_THREADS, e.getInt("parallelThreads"), e.toString());
      assertEquals(ParallelMain.POOL_THREADS, e.getLong("tasks"), e.toString());
      cpu += e.getDuration("taskCpuTime").toNanos();
    }
    // The event is committed when the phase returns: a task that signalled its result but had not
    // yet ended is not in it, so the event's figure is at most the report's.
    long reported = run().convert("pool_fanout").path("taskCpuNanos").asLong();
    assertTrue(cpu > 0 && cpu <= reported, "events " + cpu + " ns, report " + reported + " ns");
  }

  /** Distinct threads per call equal to the application's own count; task CPU within tolerance. */
  final void assertMatchesTruth(String operation) {
    JsonNode convert = run().convert(operation);
    String where = operation + ": " + convert;
    long calls = run().truth(operation, "calls");
    assertEquals("MEASURED", convert.path("parallelismSource").asText(), where);
    assertEquals(calls, convert.path("handOffCalls").asLong(), where);
    assertEquals(
        run().truth(operation, "threadsSum"),
        Math.round(convert.path("parallelThreadsMean").asDouble() * calls),
        where);
    assertEquals(run().truth(operation, "threadsMax"), convert.path("parallelThreadsMax").asLong());
    long truthCpu = run().truth(operation, "cpuNanos");
    long cpu = convert.path("taskCpuNanos").asLong();
    double error = (double) (cpu - truthCpu) / truthCpu;
    assertTrue(
        Math.abs(error) <= CPU_TOLERANCE,
        String.format(
            "%s: task CPU %d ns vs spun %d ns, error %+.2f %%", where, cpu, truthCpu, error * 100));
    System.out.printf(
        "[ground truth] %s: threads %d/%d, task CPU error %+.2f %%%n",
        operation,
        convert.path("parallelThreadsMax").asLong(),
        run().truth(operation, "threadsMax"),
        error * 100);
  }

  private static boolean hasCriticalNotParallel(JsonNode op) {
    for (JsonNode flag : op.path("redFlags")) {
      if (flag.path("id").asText().equals("CONVERT_NOT_PARALLEL")
          && flag.path("severity").asText().equals("CRITICAL")) {
        return true;
      }
    }
    return false;
  }
}
