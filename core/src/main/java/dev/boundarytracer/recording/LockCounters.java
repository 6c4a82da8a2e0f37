package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;

/**
 * Measured lock figures of one operation, overall and per phase. Mutable, not thread-safe: owned
 * like the {@link OperationCounters} that holds it.
 */
final class LockCounters {
  private static final int PHASES = Phase.values().length;

  /** Calls recorded while some lock was designated. */
  long measuredCount;

  /** Phase calls recorded while some lock was designated. */
  long measuredPhaseCount;

  long heldNanos;
  long waitNanos;
  long acquisitions;
  long releases;
  final long[] phaseHeldNanos = new long[PHASES];
  final long[] phaseWaitNanos = new long[PHASES];
  final long[] phaseAcquisitions = new long[PHASES];
  final long[] phaseReleases = new long[PHASES];
}
