package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into operation methods whose document count is a primitive number (the
 * {@code @DocCount} argument, or the constant -1 when there is none): one call into {@link
 * HookBridge} on entry and on exit.
 */
public final class OperationAdvice {
  private OperationAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static Object enter(@BoundId int id, @DocArgument long docs) {
    return HookBridge.operationEnter(id, docs);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Enter Object state, @Advice.Thrown Throwable thrown) {
    HookBridge.operationExit(state, thrown);
  }
}
