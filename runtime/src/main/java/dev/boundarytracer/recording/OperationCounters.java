package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import dev.boundarytracer.batch.CostSums;

/**
 * The exact counters of one operation: calls, errors, documents, summed nanoseconds, lock use and
 * allocation, overall and per phase. Mutable, not thread-safe: either owned by one recording thread
 * or by {@link Aggregator} under its lock.
 */
final class OperationCounters {
  private static final int PHASES = Phase.values().length;

  long count;
  long errors;
  long docs;
  long totalNanos;
  long lockHeldNanos;
  long lockReleases;
  long parallelCount;
  long allocatedBytesSum;
  long allocatedBytesMax;
  // Calls whose allocation the JVM could not measure (virtual threads).
  long allocationUnmeasured;
  long firstStartNanos = Long.MAX_VALUE;
  long lastEndNanos = Long.MIN_VALUE;
  long minNanos = Long.MAX_VALUE;
  long maxNanos = Long.MIN_VALUE;
  final long[] phaseCount = new long[PHASES];
  final long[] phaseErrors = new long[PHASES];
  final long[] phaseNanos = new long[PHASES];
  final long[] phaseHeldCount = new long[PHASES];
  final long[] phaseMinNanos = filled(Long.MAX_VALUE);
  final long[] phaseMaxNanos = filled(Long.MIN_VALUE);

  // Per phase, totals within one operation call on the operation's own thread: operation calls in
  // which the phase ran, the sum and the largest of those totals, and the least-squares sums of
  // (documents, total) for the batch size fit.
  final long[] phaseOps = new long[PHASES];
  final long[] phaseOpNanos = new long[PHASES];
  final long[] phaseOpMaxNanos = new long[PHASES];
  final CostSums[] phaseCost = costSums();

  /** Measured use of the designated locks. */
  final LockCounters locks = new LockCounters();

  /** Adds {@code other}'s counters to these (min, max and time span are merged, not added). */
  void add(OperationCounters other) {
    combine(other, 1);
  }

  /** Subtracts {@code other}'s additive counters from these (min, max and time span are kept). */
  void subtract(OperationCounters other) {
    combine(other, -1);
  }

  /** Forgets min and max (they cannot be recomputed once mixed with older calls). */
  void clearMinMax() {
    minNanos = Long.MAX_VALUE;
    maxNanos = Long.MIN_VALUE;
    java.util.Arrays.fill(phaseMinNanos, Long.MAX_VALUE);
    java.util.Arrays.fill(phaseMaxNanos, Long.MIN_VALUE);
  }

  /** A copy of these counters. */
  OperationCounters copy() {
    OperationCounters c = new OperationCounters();
    c.add(this);
    return c;
  }

  private void combine(OperationCounters o, int sign) {
    count += sign * o.count;
    errors += sign * o.errors;
    docs += sign * o.docs;
    totalNanos += sign * o.totalNanos;
    lockHeldNanos += sign * o.lockHeldNanos;
    lockReleases += sign * o.lockReleases;
    parallelCount += sign * o.parallelCount;
    allocatedBytesSum += sign * o.allocatedBytesSum;
    allocationUnmeasured += sign * o.allocationUnmeasured;
    locks.combine(o.locks, sign);
    for (int i = 0; i < PHASES; i++) {
      phaseCount[i] += sign * o.phaseCount[i];
      phaseErrors[i] += sign * o.phaseErrors[i];
      phaseNanos[i] += sign * o.phaseNanos[i];
      phaseHeldCount[i] += sign * o.phaseHeldCount[i];
      phaseOps[i] += sign * o.phaseOps[i];
      phaseOpNanos[i] += sign * o.phaseOpNanos[i];
      phaseCost[i].combine(o.phaseCost[i], sign);
      if (sign > 0) {
        phaseOpMaxNanos[i] = Math.max(phaseOpMaxNanos[i], o.phaseOpMaxNanos[i]);
      }
    }
    if (sign > 0) {
      allocatedBytesMax = Math.max(allocatedBytesMax, o.allocatedBytesMax);
      firstStartNanos = Math.min(firstStartNanos, o.firstStartNanos);
      lastEndNanos = Math.max(lastEndNanos, o.lastEndNanos);
      minNanos = Math.min(minNanos, o.minNanos);
      maxNanos = Math.max(maxNanos, o.maxNanos);
      for (int i = 0; i < PHASES; i++) {
        phaseMinNanos[i] = Math.min(phaseMinNanos[i], o.phaseMinNanos[i]);
        phaseMaxNanos[i] = Math.max(phaseMaxNanos[i], o.phaseMaxNanos[i]);
      }
    }
  }

  private static CostSums[] costSums() {
    CostSums[] sums = new CostSums[PHASES];
    for (int i = 0; i < PHASES; i++) {
      sums[i] = new CostSums();
    }
    return sums;
  }

  private static long[] filled(long value) {
    long[] a = new long[PHASES];
    java.util.Arrays.fill(a, value);
    return a;
  }
}
