package dev.boundarytracer;

/** Whether a phase holds the serialising (GIL-analogue) lock while it runs. */
public enum LockUse {
  /** Use the phase's default: {@link Phase#holdsLockByDefault()}. */
  DEFAULT,
  /** The phase runs with the lock held; its time counts towards the lock-held ratio. */
  HELD,
  /** The phase runs with the lock released; each entry counts as one lock release. */
  RELEASED;

  /**
   * Resolves {@link #DEFAULT} against a phase.
   *
   * @param phase the phase this declaration is on, not null
   * @return {@link #HELD} or {@link #RELEASED}, never {@link #DEFAULT}
   */
  public LockUse resolve(Phase phase) {
    if (this != DEFAULT) {
      return this;
    }
    return phase.holdsLockByDefault() ? HELD : RELEASED;
  }
}
