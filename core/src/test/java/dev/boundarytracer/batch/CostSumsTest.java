package dev.boundarytracer.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.snapshot.CostFit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CostSumsTest {

  @Test
  void fitsFixedCostAndCostPerDocumentOfAnExactLine() {
    CostSums s = new CostSums();
    for (long docs = 50; docs <= 2000; docs += 50) {
      s.add(docs, 2_000_000 + 1_000 * docs); // 2 ms per call + 1 µs per doc
    }
    CostFit fit = s.fit();
    assertEquals(40, fit.calls());
    assertEquals(2_000_000, fit.fixedNanos(), 1e-3);
    assertEquals(1_000, fit.perDocNanos(), 1e-6);
    assertEquals(1.0, fit.rSquared(), 1e-9);
    assertEquals(50, fit.minDocs());
    assertEquals(2000, fit.maxDocs());
  }

  @Test
  void recommendsTheBatchWhereTheFixedCostFallsBelowTenPercentWhenItDominates() {
    CostSums s = new CostSums();
    for (long docs = 50; docs <= 150; docs += 10) {
      s.add(docs, 2_000_000 + 1_000 * docs);
    }
    CostFit fit = s.fit();
    assertTrue(fit.fixedShareAt(100) > 0.9, "2 ms fixed against 0.1 ms of documents");
    // 2 ms * 0.9 / (0.1 * 1 µs) = 18000 docs
    assertEquals(18_000, fit.recommendedBatchDocs());
  }

  @Test
  void givesNoAdviceWhenTheCostPerDocumentDominates() {
    CostSums s = new CostSums();
    for (long docs = 500; docs <= 2000; docs += 100) {
      s.add(docs, 10_000 + 10_000 * docs);
    }
    assertEquals(0, s.fit().recommendedBatchDocs());
  }

  @Test
  void saysNothingWhenEveryCallHadTheSameDocumentCount() {
    CostSums s = new CostSums();
    for (int i = 0; i < 10; i++) {
      s.add(500, 3_000_000 + i);
    }
    assertSame(CostFit.NONE, s.fit());
  }

  @Test
  void aPoorFitGivesNoAdvice() {
    CostSums s = new CostSums();
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      s.add(50 + r.nextInt(1950), 1_000_000 + r.nextInt(5_000_000));
    }
    CostFit fit = s.fit();
    assertTrue(fit.fitted());
    assertTrue(fit.rSquared() < CostFit.MIN_R_SQUARED, "noise: R² " + fit.rSquared());
    assertFalse(fit.good());
    assertEquals(0, fit.recommendedBatchDocs());
  }

  @Test
  void subtractingABaselineLeavesTheLaterCalls() {
    CostSums before = new CostSums();
    CostSums all = new CostSums();
    for (long docs = 10; docs <= 100; docs += 10) {
      before.add(docs, 999_999);
      all.add(docs, 999_999);
    }
    for (long docs = 100; docs <= 1000; docs += 100) {
      all.add(docs, 500_000 + 100 * docs);
    }
    CostSums since = all.copy();
    since.combine(before, -1);
    CostFit fit = since.fit();
    assertEquals(10, fit.calls());
    assertEquals(500_000, fit.fixedNanos(), 1e-2);
    assertEquals(100, fit.perDocNanos(), 1e-5);
  }
}
