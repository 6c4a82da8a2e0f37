package dev.boundarytracer.agent.weaving.concurrency;

import dev.boundarytracer.agent.bridge.HookBridge;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.asm.Advice;

/**
 * Advice on {@code ThreadPoolExecutor.execute(Runnable)} (every {@code submit} and {@code invoke}
 * of the pool ends there): inside a phase call, the queued task is a wrapper carrying the call.
 */
public final class PoolExecuteAdvice {
  private PoolExecuteAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(
      @Advice.This ThreadPoolExecutor pool,
      @Advice.Argument(value = 0, readOnly = false) Runnable task) {
    task = HookBridge.poolTask(pool, task);
  }
}
