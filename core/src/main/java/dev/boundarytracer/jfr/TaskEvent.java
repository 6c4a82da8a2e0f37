package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One run of a task that a phase call handed to another thread (an executor, a ForkJoin pool, a
 * {@code CompletableFuture} async method). The event's duration is the task's run; its thread is
 * the thread that ran it. Lets a reader of the recording charge what that thread did to the phase,
 * as {@code boundary-agent.jar analyze --flame} does with execution samples.
 */
@Name("dev.boundarytracer.Task")
@Label("Boundary Task")
@Category("Boundary Tracer")
@Description("A task handed off by a phase call, run on another thread (or on the phase's own)")
@StackTrace(false)
public final class TaskEvent extends jdk.jfr.Event {
  @Label("Operation")
  @Description("Name of the operation whose phase handed the task off")
  public String operation;

  @Label("Phase")
  @Description(
      "EXTRACT, CONVERT, NETWORK or MATERIALIZE: the phase that handed the task off; absent when the"
          + " operation handed it off outside any phase")
  public String phase;
}
