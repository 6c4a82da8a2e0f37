package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import org.HdrHistogram.Histogram;

/**
 * The aggregator's cumulative view of one operation: merged histograms of every thread, the
 * counters of threads that have ended, and the per-phase histograms since the last statistics
 * interval. Guarded by {@link Aggregator}'s lock.
 */
final class OperationTotals {
  private static final int PHASES = Phase.values().length;

  final Histogram total = newHistogram();
  final Histogram[] phases = new Histogram[PHASES];
  final Histogram[] phaseIntervals = new Histogram[PHASES];

  /** Counters of threads that have ended; replaced on reset. */
  OperationCounters retired = new OperationCounters();

  /** True when some recorder's min and max were dropped (see {@link ThreadOperationRecorder}). */
  boolean minMaxInexact;

  OperationTotals() {
    for (int i = 0; i < PHASES; i++) {
      phases[i] = newHistogram();
      phaseIntervals[i] = newHistogram();
    }
  }

  void reset() {
    total.reset();
    for (int i = 0; i < PHASES; i++) {
      phases[i].reset();
      phaseIntervals[i].reset();
    }
    retired = new OperationCounters();
    minMaxInexact = false;
  }

  private static Histogram newHistogram() {
    return new Histogram(ThreadOperationRecorder.SIGNIFICANT_DIGITS);
  }
}
