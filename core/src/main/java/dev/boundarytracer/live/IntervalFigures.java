package dev.boundarytracer.live;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.List;

/**
 * The figures of one live-report interval: what happened between two snapshots.
 *
 * @param epochMillis wall-clock time of the later snapshot
 * @param intervalSeconds time between the two snapshots, > 0
 * @param cpuCores process CPU time over the interval divided by its length (1.0 = one core busy)
 * @param heapUsedBytes heap in use at the later snapshot
 * @param rssBytes resident set size at the later snapshot, -1 where unknown
 * @param operations one entry per operation recorded so far, in snapshot order
 * @param newRedFlags red flags raised for the first time in this interval
 */
record IntervalFigures(
    long epochMillis,
    double intervalSeconds,
    double cpuCores,
    long heapUsedBytes,
    long rssBytes,
    List<Operation> operations,
    List<NewFlag> newRedFlags) {

  /**
   * One operation in the interval.
   *
   * @param name operation name
   * @param calls calls that finished in the interval, >= 0
   * @param docs documents of those calls
   * @param errors those calls that threw
   * @param totalCalls calls since the start (or the last reset)
   * @param lockHeldRatio share of the interval's calls' working time holding the lock, 0..1
   * @param phases per phase with calls in the interval, in phase order
   */
  record Operation(
      String name,
      long calls,
      long docs,
      long errors,
      long totalCalls,
      double lockHeldRatio,
      List<PhaseFigures> phases) {}

  /**
   * One phase's calls in the interval, from the interval's own histogram.
   *
   * @param phase the phase
   * @param calls calls in the interval, > 0
   * @param p50Nanos median duration in the interval
   * @param p99Nanos 99th percentile duration in the interval
   */
  record PhaseFigures(Phase phase, long calls, long p50Nanos, long p99Nanos) {}

  /**
   * A red flag seen for the first time.
   *
   * @param subject the operation or lock it was raised on
   * @param flag the flag
   */
  record NewFlag(String subject, RedFlag flag) {}
}
