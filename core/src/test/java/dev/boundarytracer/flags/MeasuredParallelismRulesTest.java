package dev.boundarytracer.flags;

import static dev.boundarytracer.flags.OperationFixture.healthyInsertMany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.ParallelismSource;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CONVERT_NOT_PARALLEL judged on measured hand-offs when there are any, else on declarations. */
class MeasuredParallelismRulesTest {

  private static Parallelism handedOff(long calls, long parallelCalls, long threadsMax) {
    return new Parallelism(
        calls, parallelCalls, calls * threadsMax, threadsMax, calls * 8, 0, 1, 1);
  }

  private static RedFlag notParallel(OperationSnapshot op) {
    return RedFlagRules.evaluate(op, Thresholds.DEFAULTS).stream()
        .filter(f -> f.id().equals("CONVERT_NOT_PARALLEL"))
        .findFirst()
        .orElse(null);
  }

  private static RedFlag flag(OperationSnapshot op, String id) {
    return RedFlagRules.evaluate(op, Thresholds.DEFAULTS).stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  @Test
  void handedOffButRunOnOneThreadIsLimitedParallelismNotSerialCode() {
    OperationSnapshot op =
        healthyInsertMany().parallel(10).parallelism(Phase.CONVERT, handedOff(10, 0, 1)).build();
    assertEquals(ParallelismSource.MEASURED, op.convertParallelismSource());
    assertEquals(0, op.convertParallelCount());
    assertEquals(null, notParallel(op), "the code hands its work off: not serial");
    RedFlag flag = flag(op, "CONVERT_PARALLEL_LIMITED");
    assertTrue(flag != null, "limited parallelism is reported");
    assertEquals(dev.boundarytracer.snapshot.Severity.WARNING, flag.severity());
    assertEquals(10, flag.calls());
    String m = flag.message();
    assertTrue(
        m.startsWith(
            "convert handed work off in 10 of 10 calls, but its tasks ran on two"
                + " or more threads in only 0 of them (1.0 threads per call, task CPU"),
        m);
    assertTrue(m.contains("at most 1 threads in one call"), m);
    assertTrue(m.contains(Runtime.getRuntime().availableProcessors() + " cores available"), m);
  }

  @Test
  void handedOffOnTwoThreadsWithLowTaskCpuIsLimited() {
    // 10 calls of 4 ms convert: 40 ms of wall; tasks used 30 ms of CPU (0.75 cores).
    Parallelism lowCpu = new Parallelism(10, 10, 20, 2, 80, 0, 30_000_000, 40_000_000);
    OperationSnapshot op = healthyInsertMany().parallelism(Phase.CONVERT, lowCpu).build();
    assertEquals(null, notParallel(op));
    assertTrue(flag(op, "CONVERT_PARALLEL_LIMITED").message().contains("task CPU 0.75x"));
  }

  @Test
  void handedOffOnTwoThreadsKeepingCoresBusyIsNoFinding() {
    Parallelism busy = new Parallelism(10, 10, 20, 2, 80, 0, 70_000_000, 80_000_000);
    OperationSnapshot op = healthyInsertMany().parallelism(Phase.CONVERT, busy).build();
    assertEquals(null, notParallel(op));
    assertEquals(null, flag(op, "CONVERT_PARALLEL_LIMITED"));
  }

  @Test
  void serialConvertWithoutHandOffStaysCritical() {
    OperationSnapshot op = healthyInsertMany().parallel(0).build();
    RedFlag flag = notParallel(op);
    assertEquals(dev.boundarytracer.snapshot.Severity.CRITICAL, flag.severity());
    assertEquals(10, flag.calls());
  }

  @Test
  void flagsRestingOnTooFewCallsAreNamedNotRaised() {
    OperationSnapshot op = healthyInsertMany().calls(2).parallel(0).build();
    List<RedFlag> flags = RedFlagRules.evaluate(op, Thresholds.DEFAULTS);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals("TOO_FEW_CALLS", flags.get(0).id());
    assertEquals(dev.boundarytracer.snapshot.Severity.WARNING, flags.get(0).severity());
    assertEquals(null, flags.get(0).phase());
    assertTrue(
        flags
            .get(0)
            .message()
            .equals(
                "2 calls recorded; at least 3 are needed before raising CONVERT_NOT_PARALLEL, so they"
                    + " are not raised"),
        flags.get(0).message());
  }

  @Test
  void measuredParallelOverridesMissingDeclaration() {
    OperationSnapshot op =
        healthyInsertMany().parallel(0).parallelism(Phase.CONVERT, handedOff(10, 10, 4)).build();
    assertEquals(10, op.convertParallelCount());
    assertEquals(null, notParallel(op));
  }

  @Test
  void declarationIsTheFallbackWhenNothingWasHandedOff() {
    OperationSnapshot op = healthyInsertMany().parallel(0).build();
    assertEquals(ParallelismSource.DECLARED, op.convertParallelismSource());
    RedFlag flag = notParallel(op);
    assertTrue(flag != null && !flag.message().contains("measured"), String.valueOf(flag));
  }

  @Test
  void handOffsOfOtherPhasesDoNotCountForConvert() {
    OperationSnapshot op =
        healthyInsertMany().parallel(0).parallelism(Phase.NETWORK, handedOff(10, 10, 4)).build();
    assertEquals(ParallelismSource.DECLARED, op.convertParallelismSource());
    assertFalse(notParallel(op) == null);
    assertEquals(4, op.parallelism().threadsMax(), "summed per operation");
  }
}
