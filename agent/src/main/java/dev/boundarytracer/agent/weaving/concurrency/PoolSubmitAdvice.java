package dev.boundarytracer.agent.weaving.concurrency;

import dev.boundarytracer.agent.bridge.HookBridge;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/**
 * Advice on {@code ForkJoinPool}'s internal submission method whose first argument is the task (JDK
 * 17: {@code externalSubmit}, {@code externalPush}; reached from {@code execute}, {@code submit},
 * {@code invoke}, {@code invokeAll}, and so from {@code CompletableFuture}'s async methods).
 */
public final class PoolSubmitAdvice {
  private PoolSubmitAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.This ForkJoinPool pool, @Advice.Argument(0) ForkJoinTask<?> task) {
    HookBridge.forkJoinTaskHandedOff(pool, task);
  }
}
