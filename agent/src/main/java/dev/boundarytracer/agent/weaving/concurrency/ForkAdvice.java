package dev.boundarytracer.agent.weaving.concurrency;

import dev.boundarytracer.agent.bridge.HookBridge;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/**
 * Advice on {@code ForkJoinTask.fork()}: a task forked inside a phase call, or inside a task of one
 * (a parallel stream's subtasks, a {@code RecursiveTask}'s halves), belongs to that call.
 */
public final class ForkAdvice {
  private ForkAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.This ForkJoinTask<?> task) {
    HookBridge.forkJoinTaskHandedOff(task);
  }
}
