package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Everything recorded for one operation: the stripes the threads write, and the reader's cumulative
 * and per-interval view of what it has moved out of them.
 *
 * <p>The stripes are thread-safe (see {@link OperationStripe}); each is created by the first thread
 * that records in it, so its arrays sit in that thread's allocation buffer, away from the other
 * stripes. Everything else is guarded by the owning {@link Recorder}'s reader lock.
 */
final class OperationRecording {
  private static final int PHASES = Phase.values().length;
  private static final VarHandle STRIPE =
      MethodHandles.arrayElementVarHandle(OperationStripe[].class);

  private final OperationStripe[] stripes;

  // Reader side, guarded by the recorder's lock.
  final SparseHistogram total = new SparseHistogram();
  final SparseHistogram[] phases = new SparseHistogram[PHASES];

  /** Per-phase counts since the last statistics interval; null until intervals are wanted. */
  SparseHistogram[] phaseIntervals;

  /** Exact counters moved out of the stripes since the last reset. */
  OperationCounters counters = new OperationCounters();

  OperationRecording(int stripeCount) {
    stripes = new OperationStripe[stripeCount];
    for (int i = 0; i < PHASES; i++) {
      phases[i] = new SparseHistogram();
    }
  }

  /**
   * The stripe with the given index, created on first use. Any thread.
   *
   * @param index 0 to the recorder's stripe count - 1
   */
  OperationStripe stripe(int index) {
    OperationStripe s = (OperationStripe) STRIPE.getAcquire(stripes, index);
    return s != null ? s : install(index);
  }

  /** Moves what every stripe holds into the cumulative (and interval) view. Reader only. */
  void drain() {
    for (int i = 0; i < stripes.length; i++) {
      OperationStripe s = (OperationStripe) STRIPE.getAcquire(stripes, i);
      if (s == null) {
        continue;
      }
      // Histograms first, then counters: a writer updates sum, min and max before the count slot,
      // so every call counted here has its extremes among the counters taken next.
      counters.count += s.total.drainInto(total, null);
      for (int p = 0; p < PHASES; p++) {
        SparseHistogram interval = phaseIntervals == null ? null : phaseIntervals[p];
        counters.phaseCount[p] += s.phases[p].drainInto(phases[p], interval);
      }
      s.drainCountersInto(counters);
    }
  }

  /** Starts keeping per-interval phase counts. Reader only. */
  void startIntervals() {
    if (phaseIntervals == null) {
      phaseIntervals = new SparseHistogram[PHASES];
      for (int p = 0; p < PHASES; p++) {
        phaseIntervals[p] = new SparseHistogram();
      }
    }
  }

  /** Forgets the cumulative view; keeps the largest allocation of one call. Reader only. */
  void reset() {
    total.clear();
    for (int p = 0; p < PHASES; p++) {
      phases[p].clear();
      if (phaseIntervals != null) {
        phaseIntervals[p].clear();
      }
    }
    long allocatedMax = counters.allocatedBytesMax;
    counters = new OperationCounters();
    counters.allocatedBytesMax = allocatedMax;
  }

  /**
   * Bytes held now by the stripes and the reader's view.
   *
   * @return bytes, > 0
   */
  long footprintBytes() {
    long bytes = 16 + 4L * stripes.length + total.footprintBytes();
    for (int i = 0; i < stripes.length; i++) {
      OperationStripe s = (OperationStripe) STRIPE.getAcquire(stripes, i);
      if (s != null) {
        bytes += s.footprintBytes();
      }
    }
    for (int p = 0; p < PHASES; p++) {
      bytes += phases[p].footprintBytes();
      if (phaseIntervals != null) {
        bytes += phaseIntervals[p].footprintBytes();
      }
    }
    return bytes;
  }

  private OperationStripe install(int index) {
    OperationStripe fresh = new OperationStripe();
    OperationStripe witness =
        (OperationStripe) STRIPE.compareAndExchangeRelease(stripes, index, null, fresh);
    return witness == null ? fresh : witness;
  }
}
