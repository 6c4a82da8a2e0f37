package dev.boundarytracer.agent.weaving.advice;

import dev.boundarytracer.agent.bridge.HookBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into static synchronized methods of classes whose lock sites are woven: the method
 * holds its class's monitor, which counts when that {@code Class} object is designated.
 */
public final class StaticSynchronizedMethodAdvice {
  private StaticSynchronizedMethodAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.Origin Class<?> monitor) {
    HookBridge.synchronizedMethodEnter(monitor);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  static void exit(@Advice.Origin Class<?> monitor) {
    HookBridge.synchronizedMethodExit(monitor);
  }
}
