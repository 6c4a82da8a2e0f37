package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One stripe of what the threads recorded for one operation: duration counts of the operation and
 * of each phase, and the exact counters. The threads that share a stripe write it concurrently.
 *
 * <p>Thread-safe and lock-free. A writer's cost per phase call is two atomic adds (the duration's
 * count slot and the summed nanoseconds) and two plain reads (min and max, written by
 * compare-and-set only for a new extreme); flags and lock figures add an atomic add each only when
 * they are not zero. Once per operation call, each phase that ran in it adds its total within the
 * call ({@link #recordPhaseTotal}): three atomic adds, and with documents five more and three
 * compare-and-set additions of doubles (the batch-size fit's sums). Everything only grows (extremes
 * only move outwards) until the recorder is reset, which replaces the stripe: the reader ({@link
 * Recorder}) sums the stripes without writing them, and a call recorded while it reads is in this
 * reading or the next. Counts are not kept beside the histograms: a call's count is its duration's
 * slot.
 *
 * <p>Memory: 5 {@link SparseHistogram}s (the operation and four phases; 244 bytes each before their
 * first value, 1 KiB per range of values reached) and one counter array of 115 longs (eight unused
 * at each end).
 *
 * <p>Cost: the two atomic adds replace the plain stores of the per-thread histograms this design
 * replaced (which cost memory per thread). JMH {@code CallCost.phase} against {@code floor}, agent
 * fork, three alternating single-fork rounds each on a 2-core machine at load 20: median added cost
 * 81 ns before and 95 ns after (ratios 1.40 and 1.42 against a floor inflated to about 210 ns by
 * the load), a difference inside the rounds' spread; 0 B allocated per call in both.
 */
final class OperationStripe {
  private static final int PHASES = Phase.values().length;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

  // Eight unused longs on each side keep the slots of two stripes off one 64-byte cache line.
  private static final int PAD = 8;

  // Operation slots.
  static final int ERRORS = PAD;
  static final int DOCS = PAD + 1;
  static final int TOTAL_NANOS = PAD + 2;
  static final int LOCK_HELD_NANOS = PAD + 3;
  static final int LOCK_RELEASES = PAD + 4;
  static final int PARALLEL = PAD + 5;
  static final int ALLOCATED_SUM = PAD + 6;
  static final int ALLOCATED_MAX = PAD + 7;
  static final int FIRST_START = PAD + 8;
  static final int LAST_END = PAD + 9;
  static final int MIN = PAD + 10;
  static final int MAX = PAD + 11;
  static final int MEASURED = PAD + 12;
  static final int MEASURED_PHASE = PAD + 13;
  static final int L_HELD = PAD + 14;
  static final int L_WAIT = PAD + 15;
  static final int L_ACQUIRED = PAD + 16;
  static final int L_RELEASED = PAD + 17;
  static final int ALLOCATION_UNMEASURED = PAD + 18;
  private static final int OPERATION_SLOTS = 19;

  // Phase slots, at phaseBase(phase) + offset.
  static final int PH_ERRORS = 0;
  static final int PH_NANOS = 1;
  static final int PH_HELD_COUNT = 2;
  static final int PH_MIN = 3;
  static final int PH_MAX = 4;
  static final int PH_L_HELD = 5;
  static final int PH_L_WAIT = 6;
  static final int PH_L_ACQUIRED = 7;
  static final int PH_L_RELEASED = 8;
  // The phase's totals within one operation call: calls of the operation in which it ran, summed
  // and largest total; the least-squares sums of (documents, total) over those with documents,
  // the three sums of products as the bits of a double (they can pass the range of a long).
  static final int PH_OPS = 9;
  static final int PH_OP_NANOS = 10;
  static final int PH_OP_MAX = 11;
  static final int PH_FIT_N = 12;
  static final int PH_FIT_DOCS = 13;
  static final int PH_FIT_NANOS = 14;
  static final int PH_FIT_MIN_DOCS = 15;
  static final int PH_FIT_MAX_DOCS = 16;
  static final int PH_FIT_DOCS_SQ = 17;
  static final int PH_FIT_DOCS_NANOS = 18;
  static final int PH_FIT_NANOS_SQ = 19;
  private static final int PHASE_SLOTS = 20;

  private static final int SLOTS = PAD + OPERATION_SLOTS + PHASES * PHASE_SLOTS + PAD;

  final SparseHistogram total = new SparseHistogram();
  final SparseHistogram[] phases = new SparseHistogram[PHASES];
  final long[] slots = new long[SLOTS];

  OperationStripe() {
    for (int i = 0; i < PHASES; i++) {
      phases[i] = new SparseHistogram();
    }
    clearExtremes(slots);
  }

  static int phaseBase(int phase) {
    return PAD + OPERATION_SLOTS + phase * PHASE_SLOTS;
  }

  /** Sets the min and max slots of a counter array to their empty values. */
  static void clearExtremes(long[] s) {
    s[ALLOCATED_MAX] = 0;
    s[FIRST_START] = Long.MAX_VALUE;
    s[LAST_END] = Long.MIN_VALUE;
    s[MIN] = Long.MAX_VALUE;
    s[MAX] = Long.MIN_VALUE;
    for (int p = 0; p < PHASES; p++) {
      s[phaseBase(p) + PH_MIN] = Long.MAX_VALUE;
      s[phaseBase(p) + PH_MAX] = Long.MIN_VALUE;
      s[phaseBase(p) + PH_FIT_MIN_DOCS] = Long.MAX_VALUE;
      s[phaseBase(p) + PH_FIT_MAX_DOCS] = Long.MIN_VALUE;
    }
  }

  /** Records one finished call of the operation. All durations in nanoseconds, >= 0. */
  void recordOperation(
      long startNanos,
      long durationNanos,
      boolean failed,
      long docCount,
      long heldNanos,
      long releases,
      boolean parallel,
      long allocatedBytes) {
    long[] s = slots;
    if (failed) {
      add(s, ERRORS, 1);
    }
    add(s, DOCS, docCount);
    add(s, TOTAL_NANOS, durationNanos);
    add(s, LOCK_HELD_NANOS, heldNanos);
    add(s, LOCK_RELEASES, releases);
    if (parallel) {
      add(s, PARALLEL, 1);
    }
    if (allocatedBytes < 0) {
      add(s, ALLOCATION_UNMEASURED, 1);
    } else if (allocatedBytes > 0) {
      add(s, ALLOCATED_SUM, allocatedBytes);
      max(s, ALLOCATED_MAX, allocatedBytes);
    }
    min(s, FIRST_START, startNanos);
    max(s, LAST_END, startNanos + durationNanos);
    min(s, MIN, durationNanos);
    max(s, MAX, durationNanos);
    total.record(durationNanos);
  }

  /** Records one finished call of a phase; {@code durationNanos} >= 0. */
  void recordPhase(int phase, long durationNanos, boolean failed, boolean held) {
    long[] s = slots;
    int base = phaseBase(phase);
    if (failed) {
      add(s, base + PH_ERRORS, 1);
    }
    if (held) {
      add(s, base + PH_HELD_COUNT, 1);
    }
    add(s, base + PH_NANOS, durationNanos);
    min(s, base + PH_MIN, durationNanos);
    max(s, base + PH_MAX, durationNanos);
    phases[phase].record(durationNanos);
  }

  /**
   * Records a phase's total within one finished call of the operation (on its own thread).
   *
   * @param phase the phase's ordinal
   * @param docs the operation call's documents, >= 0 (0: not fitted)
   * @param totalNanos the phase's summed wall time in that call, >= 0
   */
  void recordPhaseTotal(int phase, long docs, long totalNanos) {
    long[] s = slots;
    int base = phaseBase(phase);
    add(s, base + PH_OPS, 1);
    add(s, base + PH_OP_NANOS, totalNanos);
    max(s, base + PH_OP_MAX, totalNanos);
    if (docs > 0) {
      double x = docs;
      double y = totalNanos;
      add(s, base + PH_FIT_N, 1);
      add(s, base + PH_FIT_DOCS, docs);
      add(s, base + PH_FIT_NANOS, totalNanos);
      min(s, base + PH_FIT_MIN_DOCS, docs);
      max(s, base + PH_FIT_MAX_DOCS, docs);
      addDouble(s, base + PH_FIT_DOCS_SQ, x * x);
      addDouble(s, base + PH_FIT_DOCS_NANOS, x * y);
      addDouble(s, base + PH_FIT_NANOS_SQ, y * y);
    }
  }

  /** Records the measured lock figures of one finished operation call. */
  void recordOperationLocks(LockMark m, boolean measured) {
    long[] s = slots;
    if (measured) {
      add(s, MEASURED, 1);
    }
    add(s, L_HELD, m.heldNanos);
    add(s, L_WAIT, m.waitNanos);
    add(s, L_ACQUIRED, m.acquisitions);
    add(s, L_RELEASED, m.releases);
  }

  /** Records the measured lock figures of one finished phase call. */
  void recordPhaseLocks(int phase, LockMark m, boolean measured) {
    long[] s = slots;
    int base = phaseBase(phase);
    if (measured) {
      add(s, MEASURED_PHASE, 1);
    }
    add(s, base + PH_L_HELD, m.heldNanos);
    add(s, base + PH_L_WAIT, m.waitNanos);
    add(s, base + PH_L_ACQUIRED, m.acquisitions);
    add(s, base + PH_L_RELEASED, m.releases);
  }

  /**
   * Adds the counters to {@code c} (reader side): sums are added, extremes merged. A call recorded
   * while this runs is either in or not, once per figure: counters only grow (or, for extremes,
   * only move outwards).
   */
  void addCountersTo(OperationCounters c) {
    long[] s = slots;
    c.errors += read(s, ERRORS);
    c.docs += read(s, DOCS);
    c.totalNanos += read(s, TOTAL_NANOS);
    c.lockHeldNanos += read(s, LOCK_HELD_NANOS);
    c.lockReleases += read(s, LOCK_RELEASES);
    c.parallelCount += read(s, PARALLEL);
    c.allocatedBytesSum += read(s, ALLOCATED_SUM);
    c.allocatedBytesMax = Math.max(c.allocatedBytesMax, read(s, ALLOCATED_MAX));
    c.allocationUnmeasured += read(s, ALLOCATION_UNMEASURED);
    c.firstStartNanos = Math.min(c.firstStartNanos, read(s, FIRST_START));
    c.lastEndNanos = Math.max(c.lastEndNanos, read(s, LAST_END));
    c.minNanos = Math.min(c.minNanos, read(s, MIN));
    c.maxNanos = Math.max(c.maxNanos, read(s, MAX));
    LockCounters l = c.locks;
    l.measuredCount += read(s, MEASURED);
    l.measuredPhaseCount += read(s, MEASURED_PHASE);
    l.heldNanos += read(s, L_HELD);
    l.waitNanos += read(s, L_WAIT);
    l.acquisitions += read(s, L_ACQUIRED);
    l.releases += read(s, L_RELEASED);
    for (int p = 0; p < PHASES; p++) {
      int base = phaseBase(p);
      c.phaseErrors[p] += read(s, base + PH_ERRORS);
      c.phaseNanos[p] += read(s, base + PH_NANOS);
      c.phaseHeldCount[p] += read(s, base + PH_HELD_COUNT);
      c.phaseMinNanos[p] = Math.min(c.phaseMinNanos[p], read(s, base + PH_MIN));
      c.phaseMaxNanos[p] = Math.max(c.phaseMaxNanos[p], read(s, base + PH_MAX));
      l.phaseHeldNanos[p] += read(s, base + PH_L_HELD);
      l.phaseWaitNanos[p] += read(s, base + PH_L_WAIT);
      l.phaseAcquisitions[p] += read(s, base + PH_L_ACQUIRED);
      l.phaseReleases[p] += read(s, base + PH_L_RELEASED);
      c.phaseOps[p] += read(s, base + PH_OPS);
      c.phaseOpNanos[p] += read(s, base + PH_OP_NANOS);
      c.phaseOpMaxNanos[p] = Math.max(c.phaseOpMaxNanos[p], read(s, base + PH_OP_MAX));
      c.phaseCost[p].addSums(
          read(s, base + PH_FIT_N),
          read(s, base + PH_FIT_DOCS),
          read(s, base + PH_FIT_NANOS),
          readDouble(s, base + PH_FIT_DOCS_SQ),
          readDouble(s, base + PH_FIT_DOCS_NANOS),
          readDouble(s, base + PH_FIT_NANOS_SQ),
          read(s, base + PH_FIT_MIN_DOCS),
          read(s, base + PH_FIT_MAX_DOCS));
    }
  }

  /**
   * Bytes held now, with object headers.
   *
   * @return bytes, > 0
   */
  long footprintBytes() {
    long bytes = 16 + 8L * SLOTS + 16 + 4L * PHASES + total.footprintBytes();
    for (SparseHistogram h : phases) {
      bytes += h.footprintBytes();
    }
    return bytes;
  }

  private static void add(long[] s, int i, long n) {
    if (n != 0) {
      SLOT.getAndAdd(s, i, n);
    }
  }

  // A double kept as its bits: compare-and-set until no other writer came between (lock-free).
  private static void addDouble(long[] s, int i, double v) {
    long seen = (long) SLOT.getVolatile(s, i);
    while (true) {
      long next = Double.doubleToRawLongBits(Double.longBitsToDouble(seen) + v);
      long witness = (long) SLOT.compareAndExchange(s, i, seen, next);
      if (witness == seen) {
        return;
      }
      seen = witness;
    }
  }

  private static double readDouble(long[] s, int i) {
    return Double.longBitsToDouble(read(s, i));
  }

  // An extreme is written only when the value beats it, so in steady state a call reads it and
  // goes on: no atomic instruction, no store, no cache line taken from another core.
  private static void min(long[] s, int i, long v) {
    long seen = (long) SLOT.getOpaque(s, i);
    while (v < seen) {
      long witness = (long) SLOT.compareAndExchange(s, i, seen, v);
      if (witness == seen) {
        return;
      }
      seen = witness;
    }
  }

  private static void max(long[] s, int i, long v) {
    long seen = (long) SLOT.getOpaque(s, i);
    while (v > seen) {
      long witness = (long) SLOT.compareAndExchange(s, i, seen, v);
      if (witness == seen) {
        return;
      }
      seen = witness;
    }
  }

  private static long read(long[] s, int i) {
    return (long) SLOT.getVolatile(s, i);
  }
}
