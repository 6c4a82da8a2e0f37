package dev.boundarytracer.parallel;

import dev.boundarytracer.recording.ThreadState;
import java.util.concurrent.CompletableFuture.AsynchronousCompletionTask;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * What the concurrency advice does when a task is handed to another thread and when it starts
 * running there. Called through {@link dev.boundarytracer.internal.ConcurrencyHooks}.
 *
 * <p>Cost when the handing thread runs no phase call (the common case for most tasks of a JVM): one
 * volatile read before any phase ever ran, then one {@link ThreadLocal} read. Only a hand-off
 * inside a phase call allocates: the phase call's {@link PhaseWork} once, and a wrapper or a table
 * entry per task.
 */
public final class HandOffs {
  /**
   * The JDK's carrier threads of virtual threads (JDK 21+), null before. A ForkJoin task on a
   * carrier is a virtual thread's continuation: the virtual thread itself is followed instead
   * (through its executor), so carriers are never counted as a phase's threads.
   */
  private static final Class<?> CARRIER = carrierThreadClass();

  private HandOffs() {}

  /**
   * The phase call whose work the calling thread does now, if any.
   *
   * @return the phase call, null outside any (no allocation then)
   */
  public static PhaseWork current() {
    if (!ThreadState.anyPhaseEntered()) {
      return null;
    }
    ThreadState state = ThreadState.peek();
    return state == null ? null : state.handOffWork();
  }

  /**
   * The task to hand to a thread-per-task executor: wrapped when handed inside a phase call.
   *
   * @param task the submitted task, may be null (the executor then throws as it would)
   * @return {@code task} itself or a wrapper carrying the phase call
   */
  public static Runnable wrap(Runnable task) {
    if (task == null || task instanceof ContextRunnable) {
      return task;
    }
    PhaseWork work = current();
    if (work == null) {
      return task;
    }
    return wrapper(task, work);
  }

  /**
   * The task to queue in a {@link ThreadPoolExecutor}: wrapped when handed inside a phase call,
   * except for pools whose queue orders tasks by their own type (a {@link PriorityBlockingQueue}
   * compares the tasks, which a wrapper would break).
   *
   * @param pool the executor, not null
   * @param task the submitted task, may be null
   * @return {@code task} itself or a wrapper carrying the phase call
   */
  public static Runnable wrapForPool(ThreadPoolExecutor pool, Runnable task) {
    if (task == null || task instanceof ContextRunnable) {
      return task;
    }
    PhaseWork work = current();
    if (work == null || pool.getQueue() instanceof PriorityBlockingQueue) {
      return task;
    }
    return wrapper(task, work);
  }

  /**
   * Remembers a forked or submitted ForkJoin task of the current phase call, if any.
   *
   * @param task the task, may be null
   */
  public static void associate(ForkJoinTask<?> task) {
    if (task == null) {
      return;
    }
    PhaseWork work = current();
    if (work != null) {
      ForkJoinTaskContexts.associate(task, work);
    }
  }

  /**
   * Reports the start of a ForkJoin task on the calling thread: a task handed off inside a phase
   * call, or one that a phase call runs on its own thread without handing it off (a parallel
   * stream's root task, run by {@code invoke()} on the caller; the half that {@code invokeAll}
   * keeps), except {@code CompletableFuture}'s async tasks, which a waiting thread runs as help.
   *
   * @param task the task about to run, not null
   * @return what {@link #forkJoinTaskEnd} needs, or null when the task belongs to no phase call
   */
  public static TaskStack forkJoinTaskStart(ForkJoinTask<?> task) {
    PhaseWork work = ForkJoinTaskContexts.take(task);
    if (work != null && CARRIER != null && CARRIER.isInstance(Thread.currentThread())) {
      return null;
    }
    if (work == null) {
      // A thread waiting for a CompletableFuture may run unrelated async tasks of the pool while
      // it waits: those are not its phase's work.
      if (!ThreadState.anyPhaseEntered() || task instanceof AsynchronousCompletionTask) {
        return null;
      }
      ThreadState state = ThreadState.peek();
      if (state == null) {
        return null;
      }
      work = state.inlineTaskWork();
      if (work == null) {
        return null;
      }
    }
    return ContextRunnable.start(work);
  }

  /**
   * Reports the end of a task {@link #forkJoinTaskStart} reported.
   *
   * @param stack its result; null does nothing
   */
  public static void forkJoinTaskEnd(TaskStack stack) {
    ContextRunnable.finish(stack);
  }

  /**
   * Whether a pool is the JDK's scheduler of virtual threads: its tasks are virtual threads'
   * continuations (submitted when one is started or unparked), never a phase's work. Recognised by
   * its thread factory, which the JDK defines in {@code java.lang.VirtualThread}.
   *
   * @param pool a pool, not null
   * @return true for the virtual-thread scheduler (JDK 21+)
   */
  public static boolean isVirtualThreadScheduler(java.util.concurrent.ForkJoinPool pool) {
    if (CARRIER == null) {
      return false;
    }
    Object factory = pool.getFactory();
    return factory != null && factory.getClass().getName().startsWith("java.lang.VirtualThread");
  }

  private static Class<?> carrierThreadClass() {
    try {
      return Class.forName("jdk.internal.misc.CarrierThread", false, null);
    } catch (ClassNotFoundException beforeJdk21) {
      return null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Runnable wrapper(Runnable task, PhaseWork work) {
    if (task instanceof RunnableFuture future) {
      return new ContextRunnableFuture(future, work);
    }
    return new ContextRunnable(task, work);
  }
}
