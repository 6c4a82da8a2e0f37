package dev.boundarytracer.parallel;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The context one phase call hands to other threads with its tasks, and what those tasks report
 * back: on which distinct threads they ran, how many there were, and their CPU and wall time.
 *
 * <p>Created only when a phase call hands off its first task (an allocation per such call, never
 * per phase call in general). Thread-safe: any task thread adds to it; the phase's own thread reads
 * it when the phase ends. A task counts once it starts; its time counts up to the moment the phase
 * ends (time a task spends after its phase returned is not attributed to anything).
 */
public final class PhaseWork {
  private final ThreadIdSet threads = new ThreadIdSet();
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong tasksWithoutCpu = new AtomicLong();
  private final AtomicLong cpuNanos = new AtomicLong();
  private final AtomicLong wallNanos = new AtomicLong();
  private volatile boolean closed;

  /** Called on the task's thread when one of this phase call's tasks starts running. */
  void taskStarted(long threadId) {
    if (closed) {
      return;
    }
    threads.add(threadId);
    tasks.incrementAndGet();
  }

  /**
   * Adds one stretch of a task's running time.
   *
   * @param cpu CPU nanoseconds of the stretch, negative when the thread's CPU time is unknown
   * @param wall wall nanoseconds of the stretch, >= 0
   */
  void addRunning(long cpu, long wall) {
    if (closed) {
      return;
    }
    if (cpu >= 0) {
      cpuNanos.addAndGet(cpu);
    }
    wallNanos.addAndGet(wall);
  }

  /** Counts a task whose CPU time could not be measured (a virtual thread). */
  void taskWithoutCpu() {
    if (!closed) {
      tasksWithoutCpu.incrementAndGet();
    }
  }

  /** Ends the phase call: later task reports are ignored. Called by the phase's own thread. */
  public void close() {
    closed = true;
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
