package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.internal.Hooks;
import dev.boundarytracer.recording.ThreadState;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into phase methods of a pointcut with {@code docs=return} whose return type is a
 * primitive integer: the returned number is the document count. One call into {@link Hooks} on
 * entry and on exit.
 */
public final class PhaseAdviceReturnCount {
  private PhaseAdviceReturnCount() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static ThreadState enter(@BoundId int id) {
    return Hooks.phaseEnter(id, -1L);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(
      @Advice.Enter ThreadState state,
      @Advice.Thrown Throwable thrown,
      @Advice.Return long returned) {
    Hooks.phaseExitWithDocs(state, thrown, thrown == null ? returned : -1L);
  }
}
