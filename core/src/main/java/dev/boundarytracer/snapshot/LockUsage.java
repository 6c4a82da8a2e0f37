package dev.boundarytracer.snapshot;

/**
 * Measured use of the designated locks by one operation or phase, summed over its calls.
 *
 * @param source MEASURED when a lock was designated for most calls, DECLARED otherwise (then the
 *     measured figures are 0)
 * @param heldNanos wall time the calling thread held at least one designated lock, >= 0
 * @param waitNanos wall time the calling thread waited to acquire one, >= 0
 * @param acquisitions outermost acquisitions (re-entry not counted), >= 0
 * @param releases times the thread stopped holding every designated lock (waits included), >= 0
 * @param declaredHeldNanos for an operation, summed time of the phases declared HELD; for a phase,
 *     its time when declared HELD, else 0
 */
public record LockUsage(
    LockSource source,
    long heldNanos,
    long waitNanos,
    long acquisitions,
    long releases,
    long declaredHeldNanos) {

  /** Nothing measured: the state before any lock is designated. */
  public static final LockUsage NONE = new LockUsage(LockSource.DECLARED, 0, 0, 0, 0, 0);

  /**
   * Whether the figures are measured.
   *
   * @return true for {@link LockSource#MEASURED}
   */
  public boolean measured() {
    return source == LockSource.MEASURED;
  }

  /**
   * Held time over working time: wall time minus the time spent waiting for the lock. Under
   * contention the wait grows with the thread count; leaving it out gives the serial fraction
   * Amdahl's law needs, and equals held over wall time when nobody waits.
   *
   * @param wallNanos summed wall time of the calls, >= 0
   * @return 0..1, 0 when there is no working time
   */
  public double heldRatio(long wallNanos) {
    long working = wallNanos - waitNanos;
    return working <= 0 ? 0.0 : Math.min(1.0, (double) heldNanos / working);
  }
}
