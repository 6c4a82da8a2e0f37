package dev.boundarytracer.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.snapshot.InstrumentationCost;
import org.junit.jupiter.api.Test;

class CallCostCalibrationTest {
  @Test
  void measuresAPlausiblePerCallCostWithinItsBudget() {
    long budgetNanos = CallCostCalibration.BUDGET_MILLIS * 1_000_000L;
    InstrumentationCost cost = CallCostCalibration.measure(budgetNanos);
    assertTrue(cost.calibrated(), cost.toString());
    // Two clock reads and a thread-local lookup: nanoseconds, not microseconds.
    assertTrue(cost.callNanos() > 1 && cost.callNanos() < 5_000, cost.toString());
    // The budget is CPU time; on a busy machine the wall time stretches, within reason.
    assertTrue(
        cost.calibrationNanos() > 0 && cost.calibrationNanos() < 1_000_000_000L, cost.toString());
  }
}
