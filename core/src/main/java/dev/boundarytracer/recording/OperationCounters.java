package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import dev.boundarytracer.batch.CostSums;

/**
 * The exact counters of one operation: calls, errors, documents, summed nanoseconds, lock use and
 * allocation, overall and per phase. Mutable, not thread-safe: the {@link Recorder}'s cumulative
 * view of one operation, guarded by the recorder's lock (the recording threads write {@link
 * OperationStripe}s instead).
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

  /** Calls whose allocation the JVM could not measure (virtual threads). */
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
