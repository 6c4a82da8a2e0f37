package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into operation methods of a pointcut with {@code docs=return} whose return type is
 * a Collection, Map or array: its size is the document count. One call into {@link HookBridge} on
 * entry and on exit.
 */
public final class OperationAdviceReturnDocs {
  private OperationAdviceReturnDocs() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static Object enter(@BoundId int id) {
    return HookBridge.operationEnter(id, -1L);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(
      @Advice.Enter Object state, @Advice.Thrown Throwable thrown, @Advice.Return Object returned) {
    HookBridge.operationExitWithDocs(
        state, thrown, thrown == null ? HookBridge.docsOf(returned) : -1L);
  }
}
