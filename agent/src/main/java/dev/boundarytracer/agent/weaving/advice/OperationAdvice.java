package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.internal.Hooks;
import dev.boundarytracer.recording.ThreadState;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into operation methods whose document count is a primitive number (the
 * {@code @DocCount} argument, or the constant -1 when there is none): one call into {@link Hooks}
 * on entry and on exit.
 */
public final class OperationAdvice {
  private OperationAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static ThreadState enter(@BoundId int id, @DocArgument long docs) {
    return Hooks.operationEnter(id, docs);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Enter ThreadState state, @Advice.Thrown Throwable thrown) {
    Hooks.operationExit(state, thrown);
  }
}
