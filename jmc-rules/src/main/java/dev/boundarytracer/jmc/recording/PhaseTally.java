package dev.boundarytracer.jmc.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;

/**
 * The calls of one (operation, phase) read from a recording: every {@code Phase} event, and the
 * {@code PhaseStatistics} intervals for when the per-call events were thresholded. Not thread-safe.
 */
final class PhaseTally {
  private final Phase phase;
  private final Durations durations = new Durations();
  private long errors;
  private long heldDeclared;
  private long handOffCalls;
  private long parallelCalls;
  private long threadsSum;
  private long threadsMax;
  private long tasks;
  private long taskCpuNanos;
  private long measuredCalls;
  private long lockHeldNanos;
  private long lockWaitNanos;
  private long lockAcquisitions;
  private long statsCount;
  private double statsSumNanos;
  private long statsP50Max;
  private long statsP99Max;
  private long statsMax;

  PhaseTally(Phase phase) {
    this.phase = phase;
  }

  /** One phase call, as its event has it. */
  void addCall(
      long durationNanos,
      boolean failed,
      boolean declaredHeld,
      int parallelThreads,
      long callTasks,
      long callTaskCpuNanos,
      boolean measured,
      long heldNanos,
      long waitNanos,
      long acquisitions) {
    durations.add(durationNanos);
    if (failed) {
      errors++;
    }
    if (declaredHeld) {
      heldDeclared++;
    }
    if (parallelThreads > 0) {
      handOffCalls++;
      threadsSum += parallelThreads;
      threadsMax = Math.max(threadsMax, parallelThreads);
      if (parallelThreads >= 2) {
        parallelCalls++;
      }
    }
    tasks += callTasks;
    taskCpuNanos += callTaskCpuNanos;
    if (measured) {
      measuredCalls++;
    }
    lockHeldNanos += heldNanos;
    lockWaitNanos += waitNanos;
    lockAcquisitions += acquisitions;
  }

  /** One statistics interval of this phase. */
  void addInterval(long count, long meanNanos, long p50Nanos, long p99Nanos, long maxNanos) {
    statsCount += count;
    statsSumNanos += (double) count * meanNanos;
    statsP50Max = Math.max(statsP50Max, p50Nanos);
    statsP99Max = Math.max(statsP99Max, p99Nanos);
    statsMax = Math.max(statsMax, maxNanos);
  }

  long calls() {
    return Math.max(durations.count(), statsCount);
  }

  long measuredCalls() {
    return measuredCalls;
  }

  /** Summed wall time of the calls declared HELD (all calls when the events are missing). */
  long declaredHeldNanos() {
    return lock() == LockUse.HELD ? stats().sumNanos() : 0;
  }

  /**
   * The phase as the agent's snapshot would have it.
   *
   * @param source the operation's lock source (measured when a lock was designated for most calls)
   */
  PhaseSnapshot snapshot(LockSource source) {
    DurationStats stats = stats();
    LockUse lock = lock();
    LockUsage locks =
        source == LockSource.MEASURED
            ? new LockUsage(
                source,
                lockHeldNanos,
                lockWaitNanos,
                lockAcquisitions,
                0,
                lock == LockUse.HELD ? stats.sumNanos() : 0)
            : new LockUsage(source, 0, 0, 0, 0, lock == LockUse.HELD ? stats.sumNanos() : 0);
    Parallelism parallelism =
        new Parallelism(
            handOffCalls, parallelCalls, threadsSum, threadsMax, tasks, 0, taskCpuNanos, 0);
    return new PhaseSnapshot(phase, lock, stats.count(), errors, stats, parallelism, locks);
  }

  /** The per-call events when complete, else the statistics intervals (mean exact to 1 ns). */
  private DurationStats stats() {
    if (durations.count() >= statsCount) {
      return durations.stats();
    }
    return new DurationStats(
        statsCount,
        Math.round(statsSumNanos),
        0,
        Math.min(statsP50Max, statsMax),
        Math.min(statsP99Max, statsMax),
        Math.min(statsP99Max, statsMax),
        statsMax);
  }

  /** The declaration of most calls; the phase's default when no call event says. */
  private LockUse lock() {
    long called = durations.count();
    if (called == 0) {
      return phase.holdsLockByDefault() ? LockUse.HELD : LockUse.RELEASED;
    }
    return heldDeclared * 2 >= called ? LockUse.HELD : LockUse.RELEASED;
  }
}
