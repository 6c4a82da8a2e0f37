package dev.boundarytracer.parallel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The context one phase call hands to other threads with its tasks, and what those tasks report
 * back: on which distinct threads they ran, how many there were, and their CPU and wall time.
 *
 * <p>Created only when a phase call hands off its first task (an allocation per such call, never
 * per phase call in general). Thread-safe: task threads add to it, the phase's own thread closes it
 * when the phase returns. Counted are the tasks that started before the phase returned, each to its
 * end (a task often signals its result, which lets the phase return, just before it ends). The call
 * is added to {@link ParallelTotals} once it is closed and every counted task has ended, by
 * whichever thread gets there last.
 */
public final class PhaseWork {
  private final ParallelTotals totals;
  private final int operationId;
  private final int phase;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean finished = new AtomicBoolean();
  private final ThreadIdSet threads = new ThreadIdSet();
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong tasksWithoutCpu = new AtomicLong();
  private final AtomicLong cpuNanos = new AtomicLong();
  private final AtomicLong wallNanos = new AtomicLong();
  private volatile boolean closed;

  /** The {@code phase} of the context an operation hands off outside any of its phases. */
  public static final int NO_PHASE = -1;

  // Convert calls that ran in this context's tasks, and the distinct threads they ran on: the
  // operation's own convert work spread over threads (a parallel stream of per-document calls).
  private final AtomicInteger taskConvertCalls = new AtomicInteger();
  private final ThreadIdSet taskConvertThreads = new ThreadIdSet();

  /**
   * @param totals where the finished call is added, not null
   * @param operationId the operation the phase call belongs to
   * @param phase the phase's ordinal, or {@link #NO_PHASE} for work an operation hands off outside
   *     any of its phases
   */
  public PhaseWork(ParallelTotals totals, int operationId, int phase) {
    this.totals = totals;
    this.operationId = operationId;
    this.phase = phase;
  }

  /**
   * Called on the task's thread when one of this phase call's tasks starts running.
   *
   * @return true when the task counts (the phase call has not returned yet)
   */
  boolean taskStarted(long threadId) {
    if (closed) {
      return false;
    }
    running.incrementAndGet();
    threads.add(threadId);
    tasks.incrementAndGet();
    return true;
  }

  /** Called on the task's thread after its last {@link #addRunning} when a counted task ends. */
  void taskEnded() {
    if (running.decrementAndGet() == 0 && closed) {
      finish();
    }
  }

  /**
   * Adds one stretch of a task's running time.
   *
   * @param cpu CPU nanoseconds of the stretch, negative when the thread's CPU time is unknown
   * @param wall wall nanoseconds of the stretch, >= 0
   */
  void addRunning(long cpu, long wall) {
    if (cpu >= 0) {
      cpuNanos.addAndGet(cpu);
    }
    wallNanos.addAndGet(wall);
  }

  /** Counts a task whose CPU time could not be measured (a virtual thread). */
  void taskWithoutCpu() {
    tasksWithoutCpu.incrementAndGet();
  }

  /**
   * @return the operation id of the phase call (the operation this context belongs to)
   */
  public int operationId() {
    return operationId;
  }

  /**
   * @return the phase's ordinal
   */
  public int phase() {
    return phase;
  }

  /**
   * Marks the phase call as returned: tasks starting later do not count. Called by the phase's own
   * thread.
   */
  public void close() {
    closed = true;
    if (running.get() == 0) {
      finish();
    }
  }

  private void finish() {
    // An operation's own context is no phase call: its phases report for themselves.
    if (finished.compareAndSet(false, true) && phase != NO_PHASE) {
      totals.add(operationId, phase, this);
    }
  }

  /**
   * Counts a convert call that ran in one of this context's tasks.
   *
   * @param threadId the thread it ran on
   */
  public void taskConvertCall(long threadId) {
    taskConvertCalls.incrementAndGet();
    taskConvertThreads.add(threadId);
  }

  /**
   * @return convert calls that ran in this context's tasks, >= 0
   */
  public int taskConvertCalls() {
    return taskConvertCalls.get();
  }

  /**
   * @return distinct threads those convert calls ran on
   */
  public int taskConvertThreads() {
    return taskConvertThreads.size();
  }

  /**
   * @return true once {@link #close()} ran
   */
  public boolean closed() {
    return closed;
  }

  /**
   * @return distinct threads on which this call's tasks started, 0..{@value ThreadIdSet#CAPACITY}
   */
  public int threads() {
    return threads.size();
  }

  /**
   * @param threadId a thread id
   * @return whether one of this call's tasks ran on that thread
   */
  public boolean ranOn(long threadId) {
    return threads.contains(threadId);
  }

  /**
   * @return tasks that started, >= 0
   */
  public long tasks() {
    return tasks.get();
  }

  /**
   * @return tasks whose CPU time was not measurable (virtual threads), 0..{@link #tasks()}
   */
  public long tasksWithoutCpu() {
    return tasksWithoutCpu.get();
  }

  /**
   * @return CPU nanoseconds the tasks used on their threads, nested tasks counted once, >= 0
   */
  public long cpuNanos() {
    return cpuNanos.get();
  }

  /**
   * @return wall nanoseconds the tasks were running (including their blocking), >= 0
   */
  public long wallNanos() {
    return wallNanos.get();
  }
}
