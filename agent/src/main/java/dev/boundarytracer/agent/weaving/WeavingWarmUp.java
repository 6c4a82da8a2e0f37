package dev.boundarytracer.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.named;

import dev.boundarytracer.agent.weaving.advice.BoundId;
import dev.boundarytracer.agent.weaving.advice.DocArgument;
import dev.boundarytracer.agent.weaving.advice.OperationAdvice;
import dev.boundarytracer.agent.weaving.advice.PhaseAdvice;
import dev.boundarytracer.agent.weaving.locks.LockSiteTransformer;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.pool.TypePool;

/**
 * Weaves a class of the agent's own with the lock-site, operation and phase weaving and throws the
 * result away: run while the application starts, it loads and runs once the ByteBuddy code that
 * weaving an application class needs (type pool, advice, class writer), so the first annotated
 * class waits for little more than its own weaving. Registers no operation and no method.
 */
public final class WeavingWarmUp {
  private WeavingWarmUp() {}

  /**
   * Weaves {@link Target} in memory.
   *
   * @param adviceLocator reads the agent's own classes' bytes (the agent jar)
   * @return the size of the woven class file, bytes (only to keep the work observable)
   */
  public static int run(ClassFileLocator adviceLocator) {
    TypePool pool = TypePool.Default.of(adviceLocator);
    TypeDescription target = pool.describe(Target.class.getName()).resolve();
    DynamicType.Builder<?> builder = LeanByteBuddy.create().decorate(target, adviceLocator);
    builder =
        new LockSiteTransformer(LockTargets.NONE, adviceLocator)
            .transform(builder, target, null, null, null);
    return builder
        .visit(advice(PhaseAdvice.class, adviceLocator).on(named("phase")))
        .visit(advice(OperationAdvice.class, adviceLocator).on(named("operation")))
        .make()
        .getBytes()
        .length;
  }

  private static Advice advice(Class<?> adviceClass, ClassFileLocator adviceLocator) {
    return Advice.withCustomMapping()
        .bind(BoundId.class, 0)
        .bind(DocArgument.class, -1L)
        .to(TypeDescription.ForLoadedType.of(adviceClass), adviceLocator)
        .withExceptionHandler(SuppressedErrorHandler.COUNT);
  }

  /** What the warm-up weaves; never loaded as woven, never called. */
  static final class Target {
    private Target() {}

    static long phase(long docs) {
      return docs + 1;
    }

    static long operation(long docs) {
      return phase(docs) * 2;
    }
  }
}
