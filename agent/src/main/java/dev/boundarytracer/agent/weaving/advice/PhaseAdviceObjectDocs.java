package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.internal.Hooks;
import dev.boundarytracer.recording.ThreadState;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into phase methods whose {@code @DocCount} argument is a Collection, Map or array:
 * one call into {@link Hooks} on entry and on exit.
 */
public final class PhaseAdviceObjectDocs {
  private PhaseAdviceObjectDocs() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static ThreadState enter(@BoundId int id, @DocArgument Object docs) {
    return Hooks.phaseEnter(id, docs);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Enter ThreadState state, @Advice.Thrown Throwable thrown) {
    Hooks.phaseExit(state, thrown);
  }
}
