package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into phase methods whose {@code @DocCount} argument is a Collection, Map or array:
 * one call into {@link HookBridge} on entry and on exit.
 */
public final class PhaseAdviceObjectDocs {
  private PhaseAdviceObjectDocs() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static Object enter(@BoundId int id, @DocArgument Object docs) {
    return HookBridge.phaseEnter(id, docs);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Enter Object state, @Advice.Thrown Throwable thrown) {
    HookBridge.phaseExit(state, thrown);
  }
}
