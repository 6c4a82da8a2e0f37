package dev.boundarytracer.agent.weaving;

import dev.boundarytracer.agent.weaving.advice.BoundId;
import dev.boundarytracer.agent.weaving.advice.ConstructorOperationAdvice;
import dev.boundarytracer.agent.weaving.advice.ConstructorPhaseAdvice;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * The advice for annotated (or pointcut-selected) constructors: recorded whole at their normal end,
 * since Byte Buddy cannot catch around a super constructor call (see {@link
 * ConstructorOperationAdvice}). Documents are not counted for constructors.
 */
final class ConstructorAdvice {
  private ConstructorAdvice() {}

  /** Operation advice for a constructor, its operation id bound as a constant. */
  static Advice operation(int operationId, ClassFileLocator adviceLocator) {
    return to(ConstructorOperationAdvice.class, operationId, adviceLocator);
  }

  /** Phase advice for a constructor, its method id bound as a constant. */
  static Advice phase(int methodId, ClassFileLocator adviceLocator) {
    return to(ConstructorPhaseAdvice.class, methodId, adviceLocator);
  }

  private static Advice to(Class<?> advice, int id, ClassFileLocator adviceLocator) {
    return Advice.withCustomMapping()
        .bind(BoundId.class, id)
        .to(TypeDescription.ForLoadedType.of(advice), adviceLocator)
        .withExceptionHandler(SuppressedErrorHandler.COUNT);
  }
}
