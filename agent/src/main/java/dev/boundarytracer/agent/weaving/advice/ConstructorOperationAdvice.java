package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into operation constructors. A constructor's super call cannot be wrapped in an
 * exception handler, so the call is recorded whole at its normal end: entry only reads the clock
 * (which cannot throw), exit makes one call into {@link HookBridge}. A constructor that throws is
 * not recorded.
 */
public final class ConstructorOperationAdvice {
  private ConstructorOperationAdvice() {}

  @Advice.OnMethodEnter
  static long enter() {
    return System.nanoTime();
  }

  @Advice.OnMethodExit(suppress = Throwable.class)
  static void exit(@BoundId int id, @Advice.Enter long startNanos) {
    HookBridge.constructorOperationExit(id, startNanos);
  }
}
