package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into operation methods whose {@code @DocCount} argument is a Collection, Map or
 * array: one call into {@link HookBridge} on entry and on exit.
 */
public final class OperationAdviceObjectDocs {
  private OperationAdviceObjectDocs() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static Object enter(@BoundId int id, @DocArgument Object docs) {
    return HookBridge.operationEnter(id, docs);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Enter Object state, @Advice.Thrown Throwable thrown) {
    HookBridge.operationExit(state, thrown);
  }
}
