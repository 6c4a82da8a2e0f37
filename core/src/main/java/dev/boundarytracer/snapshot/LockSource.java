package dev.boundarytracer.snapshot;

/** Where an operation's lock-held figures come from. */
public enum LockSource {
  /** Measured on the designated lock(s): {@code @BoundaryLock} or {@code boundary.lock}. */
  MEASURED,
  /** From the phases' {@code lock = HELD | RELEASED} declarations (no lock is designated). */
  DECLARED
}
