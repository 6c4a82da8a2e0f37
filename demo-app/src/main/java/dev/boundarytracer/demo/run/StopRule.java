package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.config.RunLength;

/** Tells a worker whether to start another operation. Thread-safe; shared by all workers. */
public final class StopRule {
  private final long opsPerWorker;
  private final long deadlineNanos;
  private final boolean timed;

  private StopRule(long opsPerWorker, long deadlineNanos, boolean timed) {
    this.opsPerWorker = opsPerWorker;
    this.deadlineNanos = deadlineNanos;
    this.timed = timed;
  }

  /**
   * A rule for a run starting now.
   *
   * @param length the run's length
   * @param startNanos {@link System#nanoTime()} at the start
   * @return the rule
   */
  public static StopRule startingAt(RunLength length, long startNanos) {
    if (length.timed()) {
      return new StopRule(0, startNanos + length.duration().toNanos(), true);
    }
    return new StopRule(length.opsPerWorker(), 0, false);
  }

  /**
   * Whether a worker that completed {@code completed} operations starts another one.
   *
   * @param completed operations this worker completed
   * @return true to go on
   */
  public boolean keepGoing(long completed) {
    if (timed) {
      return System.nanoTime() - deadlineNanos < 0;
    }
    return completed < opsPerWorker;
  }
}
