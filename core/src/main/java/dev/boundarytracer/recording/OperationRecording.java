package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.RecordedCounts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.HdrHistogram.Histogram;

/**
 * Everything recorded for one operation: the stripes the threads write, which hold the cumulative
 * figures themselves, and what the reader keeps between two statistics intervals.
 *
 * <p>The stripes are thread-safe (see {@link OperationStripe}); each is created by the first thread
 * that records in it, so its arrays sit in that thread's allocation buffer, away from the other
 * stripes. A reset replaces them all: a call that ends at that instant counts before or after the
 * reset, or, when it is written to a stripe being replaced, not at all. Everything else is guarded
 * by the owning {@link Recorder}'s reader lock.
 */
final class OperationRecording {
  private static final int PHASES = Phase.values().length;
  private static final VarHandle STRIPE =
      MethodHandles.arrayElementVarHandle(OperationStripe[].class);

  private volatile OperationStripe[] stripes;

  // Reader side, guarded by the recorder's lock.

  /** Per-phase counts at the last statistics interval; null until intervals are wanted. */
  private SparseHistogram[] intervalStart;

  /** The largest allocation of one call before the last reset: the one figure a reset keeps. */
  private long allocatedMaxBeforeReset;

  OperationRecording(int stripeCount) {
    stripes = new OperationStripe[stripeCount];
  }

  /**
   * The stripe with the given index, created on first use. Any thread.
   *
   * @param index 0 to the recorder's stripe count - 1
   */
  OperationStripe stripe(int index) {
    OperationStripe[] all = stripes;
    OperationStripe s = (OperationStripe) STRIPE.getAcquire(all, index);
    return s != null ? s : install(all, index);
  }

  /** One reading of the stripes: the cumulative figures since the start or the last reset. */
  static final class Reading {
    final OperationCounters counters = new OperationCounters();

    /** The operation's calls; null when none. */
    RecordedCounts total;

    /** Per phase ordinal; null when the phase has no call. */
    final RecordedCounts[] phases = new RecordedCounts[PHASES];
  }

  /** Sums the stripes. Reader only. */
  Reading read() {
    Reading r = new Reading();
    OperationStripe[] all = stripes;
    // Histograms first, then counters: a writer updates sum, min and max before the count slot,
    // so every call counted here has its extremes among the counters read next.
    SparseHistogram[] totals = new SparseHistogram[all.length];
    SparseHistogram[][] phases = new SparseHistogram[PHASES][all.length];
    for (int i = 0; i < all.length; i++) {
      OperationStripe s = (OperationStripe) STRIPE.getAcquire(all, i);
      if (s != null) {
        totals[i] = s.total;
        for (int p = 0; p < PHASES; p++) {
          phases[p][i] = s.phases[p];
        }
      }
    }
    r.total = SparseHistogram.sum(totals);
    long totalCount = r.total == null ? 0 : r.total.totalCount();
    long[] phaseCount = new long[PHASES];
    for (int p = 0; p < PHASES; p++) {
      r.phases[p] = SparseHistogram.sum(phases[p]);
      phaseCount[p] = r.phases[p] == null ? 0 : r.phases[p].totalCount();
    }
    for (int i = 0; i < all.length; i++) {
      OperationStripe s = (OperationStripe) STRIPE.getAcquire(all, i);
      if (s != null) {
        s.addCountersTo(r.counters);
      }
    }
    OperationCounters c = r.counters;
    c.count = totalCount;
    System.arraycopy(phaseCount, 0, c.phaseCount, 0, PHASES);
    c.allocatedBytesMax = Math.max(c.allocatedBytesMax, allocatedMaxBeforeReset);
    return r;
  }

  /** Starts the first statistics interval now. Reader only. */
  void startIntervals() {
    if (intervalStart == null) {
      intervalStart = phaseSums();
    }
  }

  /**
   * Each phase's calls since the previous call (or {@link #startIntervals()}). Reader only.
   *
   * @return per phase ordinal, a histogram owned by the caller or null when the phase had no call;
   *     null before {@link #startIntervals()}
   */
  Histogram[] drainIntervals() {
    if (intervalStart == null) {
      return null;
    }
    SparseHistogram[] now = phaseSums();
    Histogram[] result = new Histogram[PHASES];
    for (int p = 0; p < PHASES; p++) {
      result[p] = now[p].intervalSince(intervalStart[p]);
    }
    return result;
  }

  /** Forgets everything: new stripes; keeps the largest allocation of one call. Reader only. */
  void reset() {
    allocatedMaxBeforeReset = read().counters.allocatedBytesMax;
    stripes = new OperationStripe[stripes.length];
    if (intervalStart != null) {
      intervalStart = emptyPhases();
    }
  }

  /**
   * Bytes held now by the stripes and the reader's interval counts.
   *
   * @return bytes, > 0
   */
  long footprintBytes() {
    OperationStripe[] all = stripes;
    long bytes = 16 + 4L * all.length + 48;
    for (int i = 0; i < all.length; i++) {
      OperationStripe s = (OperationStripe) STRIPE.getAcquire(all, i);
      if (s != null) {
        bytes += s.footprintBytes();
      }
    }
    if (intervalStart != null) {
      for (SparseHistogram h : intervalStart) {
        bytes += h.footprintBytes();
      }
    }
    return bytes;
  }

  private SparseHistogram[] phaseSums() {
    SparseHistogram[] sums = emptyPhases();
    OperationStripe[] all = stripes;
    for (int i = 0; i < all.length; i++) {
      OperationStripe s = (OperationStripe) STRIPE.getAcquire(all, i);
      if (s != null) {
        for (int p = 0; p < PHASES; p++) {
          s.phases[p].addTo(sums[p]);
        }
      }
    }
    return sums;
  }

  private static SparseHistogram[] emptyPhases() {
    SparseHistogram[] h = new SparseHistogram[PHASES];
    for (int p = 0; p < PHASES; p++) {
      h[p] = new SparseHistogram();
    }
    return h;
  }

  private static OperationStripe install(OperationStripe[] all, int index) {
    OperationStripe fresh = new OperationStripe();
    OperationStripe witness =
        (OperationStripe) STRIPE.compareAndExchangeRelease(all, index, null, fresh);
    return witness == null ? fresh : witness;
  }
}
