package dev.boundarytracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API on its own, as an application uses it without {@code -javaagent}: the class path holds
 * this jar and nothing of the implementation, {@link BoundaryContext} does nothing, and what {@link
 * BoundaryTracer} finishes is what {@link BoundaryMetrics} returns, exactly.
 */
class ApiWithoutAgentTest {

  @Test
  void noImplementationIsReachable() {
    assertFalse(AgentBridge.PRESENT, "no agent bridge on the bootstrap class path");
    for (String internal :
        List.of(
            "dev.boundarytracer.recording.ThreadState",
            "dev.boundarytracer.internal.Hooks",
            "org.HdrHistogram.Histogram",
            "com.fasterxml.jackson.core.JsonGenerator")) {
      assertEquals(
          false, loadable(internal), internal + " is on the class path of the API's tests");
    }
  }

  @Test
  void contextCallsOutsideAnyOperationDoNothing() {
    BoundaryMetrics.reset();
    BoundaryContext.setParallel(true);
    BoundaryContext.recordLockRelease();
    BoundaryContext.setDocCount(42);
    BoundaryContext.setDocCount(-1);
    assertEquals(0, BoundaryMetrics.operationCount());
    assertEquals(List.of(), BoundaryMetrics.operations());
  }

  @Test
  void tracedOperationsAddUpExactlyInTheMetrics() {
    BoundaryMetrics.reset();
    OperationTiming first = trace("load", 10, false);
    OperationTiming second = trace("load", 30, true);
    trace("save", 5, false);

    List<OperationMetrics> ops = BoundaryMetrics.operations();
    assertEquals(List.of("load", "save"), ops.stream().map(OperationMetrics::name).toList());
    OperationMetrics load = ops.get(0);
    assertEquals(2, load.count());
    assertEquals(0, load.errors());
    assertEquals(40, load.docs());
    assertEquals(2, load.lockReleases());
    assertEquals(1, load.parallelCount());
    assertEquals(first.totalNanos() + second.totalNanos(), load.totalNanos().sumNanos());
    assertEquals(Math.min(first.totalNanos(), second.totalNanos()), load.totalNanos().minNanos());
    assertEquals(Math.max(first.totalNanos(), second.totalNanos()), load.totalNanos().maxNanos());
    assertEquals(
        first.nanos(Phase.EXTRACT) + second.nanos(Phase.EXTRACT),
        load.lockHeldNanos(),
        "extract holds the lock by default, convert does not");
    assertEquals(
        List.of(Phase.EXTRACT, Phase.CONVERT),
        load.phases().stream().map(PhaseMetrics::phase).toList());
    assertEquals(2, load.phase(Phase.CONVERT).count());
    assertEquals(
        first.nanos(Phase.CONVERT) + second.nanos(Phase.CONVERT),
        load.phase(Phase.CONVERT).nanos().sumNanos());
    assertNull(load.phase(Phase.NETWORK), "a phase that never ran");

    assertEquals(3, BoundaryMetrics.operationCount());
    assertEquals(45, BoundaryMetrics.docCount());
    assertEquals(3.0, BoundaryMetrics.snapshot().get("operation_count"));

    BoundaryMetrics.reset();
    assertEquals(0, BoundaryMetrics.operationCount());
  }

  private static OperationTiming trace(String name, long docs, boolean parallel) {
    BoundaryTracer t = new BoundaryTracer(name);
    t.startExtract();
    t.endExtract();
    t.startConvert();
    t.recordLockRelease();
    t.endConvert();
    t.setDocCount(docs);
    t.setParallel(parallel);
    return t.finish();
  }

  private static boolean loadable(String name) {
    try {
      Class.forName(name, false, ApiWithoutAgentTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
