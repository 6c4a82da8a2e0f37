package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.internal.Hooks;
import dev.boundarytracer.recording.ThreadState;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into operation methods of a pointcut with {@code docs=return} whose return type is
 * a Collection, Map or array: its size is the document count. One call into {@link Hooks} on entry
 * and on exit.
 */
public final class OperationAdviceReturnDocs {
  private OperationAdviceReturnDocs() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static ThreadState enter(@BoundId int id) {
    return Hooks.operationEnter(id, -1L);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(
      @Advice.Enter ThreadState state,
      @Advice.Thrown Throwable thrown,
      @Advice.Return Object returned) {
    Hooks.operationExitWithDocs(state, thrown, thrown == null ? Hooks.docsOf(returned) : -1L);
  }
}
