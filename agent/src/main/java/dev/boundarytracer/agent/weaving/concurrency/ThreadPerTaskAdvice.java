package dev.boundarytracer.agent.weaving.concurrency;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice on executors that start one thread per task ({@code CompletableFuture}'s fallback when the
 * common pool has a single thread; JDK 21+'s {@code ThreadPerTaskExecutor} behind {@code
 * Executors.newVirtualThreadPerTaskExecutor()}): inside a phase call, the new thread runs a wrapper
 * carrying the call.
 */
public final class ThreadPerTaskAdvice {
  private ThreadPerTaskAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
    task = HookBridge.threadTask(task);
  }
}
