package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into phase methods of a pointcut with {@code docs=return} whose return type is a
 * primitive integer: the returned number is the document count. One call into {@link HookBridge} on
 * entry and on exit.
 */
public final class PhaseAdviceReturnCount {
  private PhaseAdviceReturnCount() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static Object enter(@BoundId int id) {
    return HookBridge.phaseEnter(id, -1L);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(
      @Advice.Enter Object state, @Advice.Thrown Throwable thrown, @Advice.Return long returned) {
    HookBridge.phaseExitWithDocs(state, thrown, thrown == null ? returned : -1L);
  }
}
