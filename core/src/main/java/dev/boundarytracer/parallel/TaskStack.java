package dev.boundarytracer.parallel;

import dev.boundarytracer.Phase;
import dev.boundarytracer.jfr.EventProbes;
import dev.boundarytracer.jfr.TaskEvent;
import dev.boundarytracer.recording.OperationRegistry;
import java.util.Arrays;

/**
 * The tasks of phase calls that one thread is running right now, innermost last.
 *
 * <p>A task that runs while another is running on the same thread (a ForkJoin worker helping while
 * it joins, a task run by a thread that waits for it) pauses the outer one: each stretch of time is
 * charged to the innermost task only, so nested tasks are never counted twice.
 *
 * <p>Not thread-safe: owned by one thread (reached through its {@code ThreadState}). Allocates only
 * when nesting gets deeper than ever before on this thread.
 */
public final class TaskStack {
  private static final Phase[] PHASES = Phase.values();
  private int depth;
  private PhaseWork[] work = new PhaseWork[4];
  private long[] cpuStart = new long[4];
  private long[] wallStart = new long[4];
  private boolean[] cpuMissing = new boolean[4];
  private int[] phaseDepthAtStart = new int[4];
  private boolean[] counted = new boolean[4];

  /** Reused JFR events, one per depth, created while a recording wants them. */
  private TaskEvent[] events = new TaskEvent[4];

  private boolean[] begun = new boolean[4];

  /**
   * Starts running a task of {@code w} on the calling thread.
   *
   * @param w the phase call the task belongs to, not null
   * @param phaseDepth phases running on this thread now (see {@link #current})
   */
  public void begin(PhaseWork w, int phaseDepth) {
    long cpu = CpuClock.currentThreadCpuNanos();
    long wall = System.nanoTime();
    int d = depth;
    if (d > 0) {
      charge(d - 1, cpu, wall);
    }
    if (d == work.length) {
      grow();
    }
    work[d] = w;
    cpuStart[d] = cpu;
    wallStart[d] = wall;
    cpuMissing[d] = cpu < 0;
    phaseDepthAtStart[d] = phaseDepth;
    depth = d + 1;
    counted[d] = w.taskStarted(Thread.currentThread().getId());
    if (EventProbes.taskEnabled()) {
      TaskEvent event = events[d];
      if (event == null) {
        event = new TaskEvent();
        events[d] = event;
      }
      event.begin();
      begun[d] = true;
    }
  }

  /** Ends the innermost task; the task it interrupted, if any, runs on from now. */
  public void end() {
    int d = depth - 1;
    if (d < 0) {
      return;
    }
    long cpu = CpuClock.currentThreadCpuNanos();
    long wall = System.nanoTime();
    charge(d, cpu, wall);
    PhaseWork w = work[d];
    TaskEvent event = begun[d] ? events[d] : null;
    begun[d] = false;
    if (event != null && event.shouldCommit()) {
      event.operation = OperationRegistry.nameOf(w.operationId());
      // A task the operation handed off outside any phase names no phase.
      event.phase = w.phase() == PhaseWork.NO_PHASE ? null : PHASES[w.phase()].name();
      event.commit();
    }
    if (counted[d]) {
      if (cpuMissing[d]) {
        w.taskWithoutCpu();
      }
      w.taskEnded();
    }
    work[d] = null;
    depth = d;
    if (d > 0) {
      cpuStart[d - 1] = cpu;
      wallStart[d - 1] = wall;
    }
  }

  /**
   * The phase call whose task this thread runs, unless the thread entered a phase of its own inside
   * that task.
   *
   * @param phaseDepth phases running on this thread now
   * @return the innermost task's phase call, or null when no task runs or a phase started inside it
   */
  public PhaseWork current(int phaseDepth) {
    int d = depth - 1;
    if (d < 0 || phaseDepth > phaseDepthAtStart[d]) {
      return null;
    }
    return work[d];
  }

  /**
   * @return true while a task runs on this thread
   */
  public boolean running() {
    return depth > 0;
  }

  private void charge(int d, long cpu, long wall) {
    if (!counted[d]) {
      return;
    }
    long cpuUsed = -1;
    if (cpu >= 0 && cpuStart[d] >= 0) {
      cpuUsed = Math.max(0, cpu - cpuStart[d]);
    } else {
      cpuMissing[d] = true;
    }
    work[d].addRunning(cpuUsed, Math.max(0, wall - wallStart[d]));
  }

  private void grow() {
    int n = work.length * 2;
    work = Arrays.copyOf(work, n);
    cpuStart = Arrays.copyOf(cpuStart, n);
    wallStart = Arrays.copyOf(wallStart, n);
    cpuMissing = Arrays.copyOf(cpuMissing, n);
    phaseDepthAtStart = Arrays.copyOf(phaseDepthAtStart, n);
    counted = Arrays.copyOf(counted, n);
    events = Arrays.copyOf(events, n);
    begun = Arrays.copyOf(begun, n);
  }
}
