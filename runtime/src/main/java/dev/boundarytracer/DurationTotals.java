package dev.boundarytracer;

/**
 * Exact totals of a set of durations, all in nanoseconds: an immutable value.
 *
 * <p>Percentiles are in the agent's reports (text, JSON, JFR), not here: these figures need no
 * histogram, so the API computes them the same with and without the agent.
 *
 * @param count number of durations, >= 0
 * @param sumNanos exact sum of the durations, >= 0
 * @param minNanos smallest duration, 0 when count is 0
 * @param maxNanos largest duration, 0 when count is 0
 */
public record DurationTotals(long count, long sumNanos, long minNanos, long maxNanos) {

  /** The totals of no duration at all. */
  public static final DurationTotals EMPTY = new DurationTotals(0, 0, 0, 0);

  /**
   * The exact mean.
   *
   * @return {@code sumNanos / count} in nanoseconds, 0 when count is 0
   */
  public double meanNanos() {
    return count == 0 ? 0.0 : (double) sumNanos / count;
  }
}
