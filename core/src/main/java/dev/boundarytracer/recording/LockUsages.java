package dev.boundarytracer.recording;

import dev.boundarytracer.locks.LockRegistry;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;

/** Turns {@link LockCounters} into the {@link LockUsage} values of snapshots. */
final class LockUsages {
  private LockUsages() {}

  /**
   * MEASURED when at least half the calls ran while a lock was designated, unless the operation
   * never took a designated lock while some lock field could not be designated: its lock may be
   * that one, so the declared figures stay.
   */
  static LockSource source(OperationCounters c) {
    if (c.locks.acquisitions == 0
        && c.locks.heldNanos == 0
        && !LockRegistry.notDesignated().isEmpty()) {
      return LockSource.DECLARED;
    }
    long calls = c.count > 0 ? c.count : phaseCalls(c);
    long measured = c.count > 0 ? c.locks.measuredCount : c.locks.measuredPhaseCount;
    return calls > 0 && measured * 2 >= calls ? LockSource.MEASURED : LockSource.DECLARED;
  }

  static LockUsage operation(OperationCounters c, LockSource source) {
    LockCounters l = c.locks;
    if (source != LockSource.MEASURED) {
      return new LockUsage(source, 0, 0, 0, 0, c.lockHeldNanos);
    }
    return new LockUsage(
        source, l.heldNanos, l.waitNanos, l.acquisitions, l.releases, c.lockHeldNanos);
  }

  static LockUsage phase(OperationCounters c, int i, LockSource source, boolean declaredHeld) {
    LockCounters l = c.locks;
    long declared = declaredHeld ? c.phaseNanos[i] : 0;
    if (source != LockSource.MEASURED) {
      return new LockUsage(source, 0, 0, 0, 0, declared);
    }
    return new LockUsage(
        source,
        l.phaseHeldNanos[i],
        l.phaseWaitNanos[i],
        l.phaseAcquisitions[i],
        l.phaseReleases[i],
        declared);
  }

  private static long phaseCalls(OperationCounters c) {
    long n = 0;
    for (long k : c.phaseCount) {
      n += k;
    }
    return n;
  }
}
