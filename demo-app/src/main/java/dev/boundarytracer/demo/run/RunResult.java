package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.bridge.OperationKind;
import dev.boundarytracer.demo.config.DemoConfig;
import dev.boundarytracer.demo.stats.OperationTimes;
import java.util.List;

/**
 * What one run did.
 *
 * @param config what it was asked to do
 * @param counts operations and documents per kind, and errors
 * @param elapsedNanos wall time from the first worker's start to the last one's end
 * @param preloadedRows rows loaded before the workers started
 * @param finalRowCount rows in the table at the end
 * @param finalVersionSum sum of the rows' versions at the end (rows written plus updates)
 * @param times the demo's own phase timings per operation kind
 * @param failures what ended workers early, empty when none did
 * @param lockHeldNanos summed time the GIL-analogue lock was held during the run, by the demo's own
 *     clock
 */
public record RunResult(
    DemoConfig config,
    ThroughputMonitor.Counts counts,
    long elapsedNanos,
    long preloadedRows,
    long finalRowCount,
    long finalVersionSum,
    List<OperationTimes> times,
    List<Throwable> failures,
    long lockHeldNanos) {

  /**
   * Share of the run's wall time the GIL-analogue lock was held by any thread (the demo's own
   * clock).
   *
   * @return 0..1, 0 when nothing ran
   */
  public double lockUtilization() {
    return elapsedNanos <= 0 ? 0.0 : Math.min(1.0, (double) lockHeldNanos / elapsedNanos);
  }

  /**
   * Operations of all kinds.
   *
   * @return the count
   */
  public long totalOps() {
    return counts.totalOps();
  }

  /**
   * Documents of all kinds.
   *
   * @return the count
   */
  public long totalDocs() {
    return counts.totalDocs();
  }

  /**
   * Operations of one kind.
   *
   * @param kind which
   * @return the count
   */
  public long ops(OperationKind kind) {
    return counts.ops(kind);
  }

  /**
   * Documents inserted, found or updated by one kind of operation.
   *
   * @param kind which
   * @return the count
   */
  public long docs(OperationKind kind) {
    return counts.docs(kind);
  }

  /**
   * Elapsed wall time.
   *
   * @return seconds
   */
  public double elapsedSeconds() {
    return elapsedNanos / 1e9;
  }

  /**
   * Documents per second over the run.
   *
   * @return the rate
   */
  public double docsPerSecond() {
    return elapsedNanos == 0 ? 0 : totalDocs() / elapsedSeconds();
  }

  /**
   * Operations per second over the run.
   *
   * @return the rate
   */
  public double opsPerSecond() {
    return elapsedNanos == 0 ? 0 : totalOps() / elapsedSeconds();
  }

  /**
   * Whether every worker finished without an error.
   *
   * @return true when no operation failed
   */
  public boolean succeeded() {
    return failures.isEmpty() && counts.errors() == 0;
  }
}
