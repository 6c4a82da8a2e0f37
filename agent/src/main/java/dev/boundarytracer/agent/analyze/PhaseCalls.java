package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import jdk.jfr.consumer.RecordedEvent;

/**
 * The {@code dev.boundarytracer.Phase} events of one (operation, phase), summed. Not thread-safe.
 */
final class PhaseCalls {
  final Phase phase;
  final DurationAccumulator nanos = new DurationAccumulator();
  long errors;
  long heldCount;
  long measuredCount;
  long lockHeldNanos;
  long lockWaitNanos;
  long lockAcquisitions;
  long handOffCalls;
  long parallelCalls;
  long threadsSum;
  long threadsMax;
  long tasks;
  long taskCpuNanos;

  PhaseCalls(Phase phase) {
    this.phase = phase;
  }

  /** Adds one {@code dev.boundarytracer.Phase} event. */
  void add(RecordedEvent e) {
    nanos.add(e.getDuration().toNanos());
    if (e.getBoolean("failed")) {
      errors++;
    }
    if ("HELD".equals(e.getString("lockUse"))) {
      heldCount++;
    }
    if (Events.has(e, "lockSource") && "MEASURED".equals(e.getString("lockSource"))) {
      measuredCount++;
      lockHeldNanos += e.getLong("lockHeldTime");
      lockWaitNanos += e.getLong("lockWaitTime");
      lockAcquisitions += e.getLong("lockAcquisitions");
    }
    long eventTasks = Events.has(e, "tasks") ? e.getLong("tasks") : 0;
    if (eventTasks > 0) {
      int threads = e.getInt("parallelThreads");
      handOffCalls++;
      if (threads >= 2) {
        parallelCalls++;
      }
      threadsSum += threads;
      threadsMax = Math.max(threadsMax, threads);
      tasks += eventTasks;
      taskCpuNanos += e.getLong("taskCpuTime");
    }
  }

  long count() {
    return nanos.count();
  }

  /** The lock use most calls declared, as the agent decides it. */
  LockUse lockUse() {
    return heldCount * 2 >= count() ? LockUse.HELD : LockUse.RELEASED;
  }

  /**
   * The phase's snapshot. The events carry no task wall time nor the count of tasks without CPU
   * time, so those are 0.
   *
   * @param source the operation's lock source
   */
  PhaseSnapshot snapshot(LockSource source) {
    LockUse lock = lockUse();
    long declared = lock == LockUse.HELD ? nanos.sumNanos() : 0;
    LockUsage usage =
        source == LockSource.MEASURED
            ? new LockUsage(source, lockHeldNanos, lockWaitNanos, lockAcquisitions, 0, declared)
            : new LockUsage(source, 0, 0, 0, 0, declared);
    Parallelism parallelism =
        handOffCalls == 0
            ? Parallelism.NONE
            : new Parallelism(
                handOffCalls, parallelCalls, threadsSum, threadsMax, tasks, 0, taskCpuNanos, 0);
    return new PhaseSnapshot(phase, lock, count(), errors, nanos.stats(), parallelism, usage);
  }
}
