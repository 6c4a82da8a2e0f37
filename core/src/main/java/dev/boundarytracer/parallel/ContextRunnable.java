package dev.boundarytracer.parallel;

import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.recording.ThreadState;

/**
 * A task handed to an executor inside a phase call, carrying that call's {@link PhaseWork} to the
 * thread that runs it. {@link #run()} runs the task unchanged between a start and an end report;
 * the task's own exceptions pass through, the agent's are counted and dropped.
 */
public class ContextRunnable implements Runnable {
  final Runnable task;
  private final PhaseWork work;

  /**
   * @param task the application's task, not null
   * @param work the phase call it belongs to, not null
   */
  public ContextRunnable(Runnable task, PhaseWork work) {
    this.task = task;
    this.work = work;
  }

  @Override
  public void run() {
    TaskStack stack = start(work);
    try {
      task.run();
    } finally {
      finish(stack);
    }
  }

  /**
   * Reports the start of a task of {@code work} on the calling thread.
   *
   * @return what {@link #finish} needs, null when reporting failed
   */
  static TaskStack start(PhaseWork work) {
    try {
      ThreadState state = ThreadState.current();
      TaskStack stack = state.taskStack();
      stack.begin(work, state.phaseDepth());
      return stack;
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return null;
    }
  }

  /** Reports the end of the task {@link #start} reported; null does nothing. */
  static void finish(TaskStack stack) {
    if (stack == null) {
      return;
    }
    try {
      stack.end();
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
