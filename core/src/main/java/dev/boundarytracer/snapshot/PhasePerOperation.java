package dev.boundarytracer.snapshot;

/**
 * A phase's total within one operation call: what the per-1000-document targets are about when a
 * phase is called many times per operation (once per document, say). Counted on the operation's own
 * thread.
 *
 * @param operations operation calls in which the phase ran, >= 0
 * @param sumNanos the phase's totals summed over those calls, nanoseconds, >= 0
 * @param maxNanos the largest total of one operation call, nanoseconds, >= 0
 */
public record PhasePerOperation(long operations, long sumNanos, long maxNanos) {

  /** Nothing recorded per operation. */
  public static final PhasePerOperation NONE = new PhasePerOperation(0, 0, 0);

  /**
   * @return the mean total within one operation call, nanoseconds; 0 when none
   */
  public double meanNanos() {
    return operations == 0 ? 0.0 : (double) sumNanos / operations;
  }
}
