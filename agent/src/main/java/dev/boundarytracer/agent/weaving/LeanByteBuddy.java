package dev.boundarytracer.agent.weaving;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;

/**
 * The ByteBuddy configuration every weaving uses: advice only rewrites the bodies of methods a
 * class declares, so ByteBuddy is spared what a class generator needs.
 *
 * <ul>
 *   <li>{@link MethodGraph.Compiler.ForDeclaredMethods}: no method graph over the superclasses and
 *       interfaces, which would read (and describe) every type in the hierarchy, JDK types
 *       included, for each woven class.
 *   <li>{@link TypeValidation#DISABLED}: no validation of the rewritten type, which advice cannot
 *       make invalid in a way the JVM's verifier would not report anyway.
 * </ul>
 */
public final class LeanByteBuddy {
  private LeanByteBuddy() {}

  /**
   * @return a new ByteBuddy with the configuration above
   */
  public static ByteBuddy create() {
    return new ByteBuddy()
        .with(TypeValidation.DISABLED)
        .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE);
  }
}
