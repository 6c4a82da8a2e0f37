package dev.boundarytracer.agent.weaving.concurrency;

import dev.boundarytracer.agent.bridge.HookBridge;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/**
 * Advice on {@code ForkJoinPool}'s internal submission method whose second argument is the task
 * (JDK 21+: {@code poolSubmit(boolean, ForkJoinTask)}).
 */
public final class PoolSubmitSecondArgumentAdvice {
  private PoolSubmitSecondArgumentAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.This ForkJoinPool pool, @Advice.Argument(1) ForkJoinTask<?> task) {
    HookBridge.forkJoinTaskHandedOff(pool, task);
  }
}
