package dev.boundarytracer.internal;

import dev.boundarytracer.parallel.HandOffs;
import dev.boundarytracer.parallel.TaskStack;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * What the advice woven into JDK executors reaches, through the agent's bridge (woven code links
 * against the bridge only, so that every class loader resolves it to the agent's copy). Each method
 * catches its own throwables (counted by {@link SuppressedErrors}) and never throws into the
 * application; on an internal error the task runs as if no agent were there.
 *
 * <p>Cost for a task handed off outside any phase call: one volatile read, then one {@code
 * ThreadLocal} read once any phase has run. See {@link HandOffs}.
 */
public final class ConcurrencyHooks {
  private ConcurrencyHooks() {}

  /**
   * Enter advice of {@code ThreadPoolExecutor.execute(Runnable)}.
   *
   * @param pool the executor
   * @param task the submitted task
   * @return the task to queue: {@code task} or a wrapper carrying the phase call
   */
  public static Runnable poolTask(ThreadPoolExecutor pool, Runnable task) {
    try {
      return HandOffs.wrapForPool(pool, task);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return task;
    }
  }

  /**
   * Enter advice of executors that start a thread per task.
   *
   * @param task the task the new thread runs
   * @return {@code task} or a wrapper carrying the phase call
   */
  public static Runnable threadTask(Runnable task) {
    try {
      return HandOffs.wrap(task);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return task;
    }
  }

  /**
   * Enter advice of {@code ForkJoinTask.fork()} and of {@code ForkJoinPool}'s submission methods.
   *
   * @param task the forked or submitted task
   */
  public static void forkJoinTaskHandedOff(ForkJoinTask<?> task) {
    try {
      HandOffs.associate(task);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Enter advice of {@code ForkJoinPool}'s submission methods: as {@link
   * #forkJoinTaskHandedOff(ForkJoinTask)}, except for the scheduler of virtual threads, whose tasks
   * are the continuations of virtual threads being unparked or started, not work handed off.
   *
   * @param pool the pool the task goes to
   * @param task the task, may be null
   */
  public static void forkJoinTaskHandedOff(ForkJoinPool pool, ForkJoinTask<?> task) {
    try {
      if (!HandOffs.isVirtualThreadScheduler(pool)) {
        HandOffs.associate(task);
      }
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Enter advice of {@code ForkJoinTask.doExec()}.
   *
   * @param task the task about to run
   * @return what to pass to {@link #forkJoinTaskEnd}, null when the task belongs to no phase call
   */
  public static Object forkJoinTaskStart(ForkJoinTask<?> task) {
    try {
      return HandOffs.forkJoinTaskStart(task);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return null;
    }
  }

  /**
   * Exit advice of {@code ForkJoinTask.doExec()}, on return and on throw.
   *
   * @param started what {@link #forkJoinTaskStart} returned; null does nothing
   */
  public static void forkJoinTaskEnd(Object started) {
    if (started == null) {
      return;
    }
    try {
      HandOffs.forkJoinTaskEnd((TaskStack) started);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }
}
