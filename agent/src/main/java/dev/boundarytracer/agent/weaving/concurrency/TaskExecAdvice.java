package dev.boundarytracer.agent.weaving.concurrency;

import dev.boundarytracer.agent.bridge.HookBridge;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/**
 * Advice on {@code ForkJoinTask.doExec()}, where every ForkJoin task runs, on a worker or on a
 * thread that helps or invokes it: a task of a phase call reports its start and end there.
 */
public final class TaskExecAdvice {
  private TaskExecAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static Object enter(@Advice.This ForkJoinTask<?> task) {
    return HookBridge.forkJoinTaskStart(task);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Enter Object started) {
    HookBridge.forkJoinTaskEnd(started);
  }
}
