package dev.boundarytracer.snapshot;

/**
 * What the calls of one phase handed to other threads, as the agent measured it: tasks submitted
 * inside the phase call to an {@code ExecutorService}, a {@code ForkJoinPool} (parallel streams
 * included) or a {@code CompletableFuture} async method, followed to the threads that ran them.
 *
 * <p>A phase call's threads are the distinct threads on which at least one of its tasks started;
 * the phase's own thread is one of them when it ran such a task itself (caller-runs, helping while
 * it joins, the root task of a parallel stream). Task time is counted once per stretch: a task
 * running inside another on the same thread pauses the outer one. Counts stop when the phase call
 * returns.
 *
 * @param handOffCalls phase calls that handed off at least one task, >= 0
 * @param parallelCalls calls whose tasks ran on at least two distinct threads, 0..handOffCalls
 * @param threadsSum distinct threads summed over the hand-off calls, >= 0
 * @param threadsMax most distinct threads of one call, 0..64 (64 means 64 or more)
 * @param tasks tasks that started, >= 0
 * @param tasksWithoutCpu tasks whose CPU time the JVM cannot measure (virtual threads), 0..tasks
 * @param taskCpuNanos CPU time the tasks used, nanoseconds, >= 0
 * @param taskWallNanos wall time the tasks were running (blocking included), nanoseconds, >= 0
 */
public record Parallelism(
    long handOffCalls,
    long parallelCalls,
    long threadsSum,
    long threadsMax,
    long tasks,
    long tasksWithoutCpu,
    long taskCpuNanos,
    long taskWallNanos) {

  /** Nothing handed off. */
  public static final Parallelism NONE = new Parallelism(0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * @return true when the agent saw the phase hand work to other threads
   */
  public boolean measured() {
    return handOffCalls > 0;
  }

  /**
   * Mean distinct threads per call that handed work off.
   *
   * @return threads, 0 when nothing was handed off
   */
  public double threadsMean() {
    return handOffCalls == 0 ? 0.0 : (double) threadsSum / handOffCalls;
  }

  /**
   * Task CPU time over the given wall time: how many cores the handed-off work kept busy on average
   * (e.g. 3.1 for four threads mostly busy).
   *
   * @param wallNanos the phase's summed wall time, nanoseconds
   * @return the ratio, >= 0; 0 when {@code wallNanos} is not positive
   */
  public double cpuToWallRatio(long wallNanos) {
    return wallNanos <= 0 ? 0.0 : (double) taskCpuNanos / wallNanos;
  }

  /**
   * Task wall time over the given wall time: the mean number of tasks running at once, also where
   * CPU time is unknown.
   *
   * @param wallNanos the phase's summed wall time, nanoseconds
   * @return the ratio, >= 0; 0 when {@code wallNanos} is not positive
   */
  public double busyToWallRatio(long wallNanos) {
    return wallNanos <= 0 ? 0.0 : (double) taskWallNanos / wallNanos;
  }

  /**
   * The sum of two phases' figures ({@code threadsMax} is the larger of the two).
   *
   * @param o the other, not null
   * @return a new value
   */
  public Parallelism plus(Parallelism o) {
    return new Parallelism(
        handOffCalls + o.handOffCalls,
        parallelCalls + o.parallelCalls,
        threadsSum + o.threadsSum,
        Math.max(threadsMax, o.threadsMax),
        tasks + o.tasks,
        tasksWithoutCpu + o.tasksWithoutCpu,
        taskCpuNanos + o.taskCpuNanos,
        taskWallNanos + o.taskWallNanos);
  }
}
