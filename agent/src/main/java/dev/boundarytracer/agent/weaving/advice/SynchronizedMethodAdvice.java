package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into synchronized instance methods of classes whose lock sites are woven: the
 * method holds its receiver's monitor, which counts when the receiver is a designated lock. The
 * wait for the monitor happens before the method's first instruction and is not visible here.
 */
public final class SynchronizedMethodAdvice {
  private SynchronizedMethodAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.This Object monitor) {
    HookBridge.synchronizedMethodEnter(monitor);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.This Object monitor) {
    HookBridge.synchronizedMethodExit(monitor);
  }
}
