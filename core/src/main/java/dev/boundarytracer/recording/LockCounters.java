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

  void combine(LockCounters o, int sign) {
    measuredCount += sign * o.measuredCount;
    measuredPhaseCount += sign * o.measuredPhaseCount;
    heldNanos += sign * o.heldNanos;
    waitNanos += sign * o.waitNanos;
    acquisitions += sign * o.acquisitions;
    releases += sign * o.releases;
    for (int i = 0; i < PHASES; i++) {
      phaseHeldNanos[i] += sign * o.phaseHeldNanos[i];
      phaseWaitNanos[i] += sign * o.phaseWaitNanos[i];
      phaseAcquisitions[i] += sign * o.phaseAcquisitions[i];
      phaseReleases[i] += sign * o.phaseReleases[i];
    }
  }

  void recordOperation(LockMarks m, boolean measured) {
    if (measured) {
      measuredCount++;
    }
    heldNanos += m.heldNanos;
    waitNanos += m.waitNanos;
    acquisitions += m.acquisitions;
    releases += m.releases;
  }

  void recordPhase(int phase, LockMarks m, boolean measured) {
    if (measured) {
      measuredPhaseCount++;
    }
    phaseHeldNanos[phase] += m.heldNanos;
    phaseWaitNanos[phase] += m.waitNanos;
    phaseAcquisitions[phase] += m.acquisitions;
    phaseReleases[phase] += m.releases;
  }
}
