package dev.boundarytracer.snapshot;

import java.util.List;

/**
 * What the instrumentation itself costs: a per-call figure calibrated when the agent starts, and
 * from it, per operation, the estimated share of the operation's wall time spent in the agent.
 *
 * <p>Each call of an operation or phase method makes one instrumented call. An operation's share is
 * {@code (operation calls + its phase calls) x callNanos / the operation's summed wall time}; the
 * report says so once when some operation's share is above {@link #NOTE_SHARE}.
 *
 * @param callNanos the calibrated cost of one instrumented call, nanoseconds, > 0; NaN when not
 *     calibrated (then no share is estimated)
 * @param calibrationNanos wall time the calibration took, nanoseconds, >= 0
 */
public record InstrumentationCost(double callNanos, long calibrationNanos) {
  /** Not calibrated: no share is estimated. */
  public static final InstrumentationCost UNKNOWN = new InstrumentationCost(Double.NaN, 0);

  /** The share of an operation's wall time above which the report names it (5 %). */
  public static final double NOTE_SHARE = 0.05;

  /**
   * @return true when {@link #callNanos} is a calibrated figure
   */
  public boolean calibrated() {
    return callNanos > 0;
  }

  /**
   * Instrumented calls of an operation: its own calls plus its phase calls.
   *
   * @param op the operation, not null
   * @return calls, >= 0
   */
  public static long calls(OperationSnapshot op) {
    long calls = op.count();
    for (PhaseSnapshot phase : op.phases()) {
      calls += phase.count();
    }
    return calls;
  }

  /**
   * The estimated share of the operation's wall time spent in the instrumentation.
   *
   * @param op the operation, not null
   * @return 0.. (may exceed 1 for calls shorter than the calibrated cost); NaN when not calibrated
   *     or the operation has no recorded wall time
   */
  public double share(OperationSnapshot op) {
    long wallNanos = op.totalNanos().sumNanos();
    if (!calibrated() || wallNanos <= 0) {
      return Double.NaN;
    }
    return calls(op) * callNanos / wallNanos;
  }

  /**
   * The operation with the largest share above {@link #NOTE_SHARE}, the one the report names.
   *
   * @param operations the operations, not null
   * @return that operation, or null when none is above
   */
  public OperationSnapshot heaviest(List<OperationSnapshot> operations) {
    OperationSnapshot worst = null;
    double worstShare = NOTE_SHARE;
    for (OperationSnapshot op : operations) {
      double share = share(op);
      if (share > worstShare) {
        worst = op;
        worstShare = share;
      }
    }
    return worst;
  }

  /**
   * How many operations are above {@link #NOTE_SHARE}.
   *
   * @param operations the operations, not null
   * @return the count, >= 0
   */
  public int countAbove(List<OperationSnapshot> operations) {
    int n = 0;
    for (OperationSnapshot op : operations) {
      if (share(op) > NOTE_SHARE) {
        n++;
      }
    }
    return n;
  }
}
