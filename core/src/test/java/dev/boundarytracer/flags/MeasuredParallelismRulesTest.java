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

  @Test
  void measuredSingleThreadOverridesDeclaredParallel() {
    OperationSnapshot op =
        healthyInsertMany().parallel(10).parallelism(Phase.CONVERT, handedOff(10, 0, 1)).build();
    assertEquals(ParallelismSource.MEASURED, op.convertParallelismSource());
    assertEquals(0, op.convertParallelCount());
    RedFlag flag = notParallel(op);
    assertTrue(flag != null && flag.message().contains("measured"), String.valueOf(flag));
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
