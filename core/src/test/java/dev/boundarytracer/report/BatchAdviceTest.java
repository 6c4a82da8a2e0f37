package dev.boundarytracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.CostFit;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import org.junit.jupiter.api.Test;

class BatchAdviceTest {

  private static PhaseSnapshot network(CostFit fit) {
    return new PhaseSnapshot(
        Phase.NETWORK,
        LockUse.RELEASED,
        40,
        0,
        OperationFixture.flat(40, 3_000_000),
        Parallelism.NONE,
        LockUsage.NONE,
        null,
        fit);
  }

  @Test
  void recommendsABatchWhenTheFixedCostDominates() {
    // 2 ms per call + 1 µs per doc, fitted over 50..150 docs: 95 % fixed at 100 docs/op.
    CostFit fit = new CostFit(40, 2_000_000, 1_000, 0.99, 50, 150, 100);
    assertEquals(
        "network: 2.000 ms per call + 1.000 µs per doc (R² 0.99 over 40 calls of 50..150 docs);"
            + " the fixed cost is 95 % at 100 docs/op, below 10 % from 18000 docs/op",
        BatchAdvice.fitLine(network(fit), 100));
  }

  @Test
  void saysTheFitIsPoorWithItsRSquared() {
    CostFit fit = new CostFit(40, 2_000_000, 1_000, 0.12, 50, 150, 100);
    assertEquals(
        "network: no advice, the fit is poor (R² 0.12 over 40 calls of 50..150 docs)",
        BatchAdvice.fitLine(network(fit), 100));
  }

  @Test
  void saysNothingWithoutAFit() {
    assertNull(BatchAdvice.fitLine(network(CostFit.NONE), 500));
  }

  @Test
  void textReportCarriesTheLine() {
    CostFit fit = new CostFit(40, 2_000_000, 1_000, 0.99, 50, 150, 100);
    String text =
        TextReport.render(
            OperationFixture.profile(
                OperationFixture.operation("sized")
                    .calls(40)
                    .docsPerCall(100)
                    .phase(Phase.NETWORK, LockUse.RELEASED, 0, OperationFixture.flat(40, 3_000_000))
                    .build()));
    assertTrue(!text.contains("Batch size:"), "no fit, no line: " + text);
    assertTrue(BatchAdvice.fitLine(network(fit), 100).startsWith("network: 2.000 ms per call"));
  }
}
