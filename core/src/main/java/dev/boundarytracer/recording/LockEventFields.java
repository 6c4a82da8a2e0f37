package dev.boundarytracer.recording;

import dev.boundarytracer.jfr.OperationEvent;
import dev.boundarytracer.jfr.PhaseEvent;

/** Fills the measured lock fields of the phase and operation events. */
final class LockEventFields {
  private LockEventFields() {}

  /** Measured figures replace the declared held time, ratio and releases. */
  static void set(OperationEvent e, LockMark m, long durationNanos) {
    long working = durationNanos - m.waitNanos;
    e.lockHeldTime = m.heldNanos;
    e.lockHeld = working <= 0 ? 0.0 : Math.min(1.0, (double) m.heldNanos / working);
    e.lockReleases = m.releases;
    e.lockWaitTime = m.waitNanos;
    e.lockAcquisitions = m.acquisitions;
    e.lockSource = "MEASURED";
  }

  static void set(PhaseEvent e, LockMark m) {
    e.lockHeldTime = m.heldNanos;
    e.lockWaitTime = m.waitNanos;
    e.lockAcquisitions = m.acquisitions;
    e.lockSource = "MEASURED";
  }

  /** Clears the measured fields of a reused operation event: the call was not measured. */
  static void clear(OperationEvent e) {
    e.lockWaitTime = 0;
    e.lockAcquisitions = 0;
    e.lockSource = "DECLARED";
  }

  /** Clears the measured fields of a reused phase event: the call was not measured. */
  static void clear(PhaseEvent e) {
    e.lockHeldTime = 0;
    e.lockWaitTime = 0;
    e.lockAcquisitions = 0;
    e.lockSource = "DECLARED";
  }
}
