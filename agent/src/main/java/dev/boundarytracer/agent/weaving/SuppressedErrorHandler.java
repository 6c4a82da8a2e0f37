package dev.boundarytracer.agent.weaving;

import dev.boundarytracer.internal.SuppressedErrors;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;

/** The handler of advice's own throwables: {@link SuppressedErrors#record} counts each one. */
final class SuppressedErrorHandler {
  static final Advice.ExceptionHandler COUNT = create();

  private SuppressedErrorHandler() {}

  private static Advice.ExceptionHandler create() {
    try {
      return new Advice.ExceptionHandler.Simple(
          MethodInvocation.invoke(
              new MethodDescription.ForLoadedMethod(
                  SuppressedErrors.class.getMethod("record", Throwable.class))));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
