package dev.boundarytracer.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.agent.pointcut.Pointcut;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs the weaving: every class outside the JDK and the agent that declares a {@link
 * BoundaryOperation} or {@link BoundaryPhase} method gets advice on those methods. Classes already
 * loaded are retransformed.
 */
public final class Weaving {
  private Weaving() {}

  /**
   * Installs the class file transformer.
   *
   * @param inst the JVM's instrumentation
   * @param adviceLocator reads the agent's own classes' bytes (the agent jar): the advice, and the
   *     annotations for class loaders that cannot see them as resources
   * @param err where weave-time warnings and errors go, one line each
   */
  public static void install(
      Instrumentation inst, ClassFileLocator adviceLocator, PrintStream err) {
    install(inst, adviceLocator, err, List.of());
  }

  /**
   * Installs the class file transformer for annotated methods and for the methods the given
   * pointcuts select.
   *
   * @param inst the JVM's instrumentation
   * @param adviceLocator reads the agent's own classes' bytes (see above)
   * @param err where weave-time warnings and errors go, one line each
   * @param pointcuts from {@code boundary.pointcuts}, may be empty
   * @return the installed transformer; {@code reset(inst, RETRANSFORMATION)} removes the weaving
   */
  public static ResettableClassFileTransformer install(
      Instrumentation inst,
      ClassFileLocator adviceLocator,
      PrintStream err,
      List<Pointcut> pointcuts) {
    Warnings warnings = new Warnings(err);
    AgentBuilder.Identified.Extendable builder =
        new AgentBuilder.Default()
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
            .with(AgentBuilder.TypeStrategy.Default.DECORATE)
            // Describe classes from their bytes, also when retransforming loaded ones (attach): a
            // loaded class's annotations may be instances of the application's own copy of the
            // runtime's annotation types, which the agent's copy cannot read.
            .with(AgentBuilder.DescriptionStrategy.Default.POOL_FIRST)
            // A class loader that does not delegate to the application loader still reaches the
            // runtime's classes (they are on the bootstrap path), but not their bytes as resources:
            // the agent jar supplies those, so the annotations resolve in every loader.
            .with(
                new AgentBuilder.LocationStrategy.Compound(
                    AgentBuilder.LocationStrategy.ForClassLoader.STRONG,
                    new AgentBuilder.LocationStrategy.Simple(adviceLocator)))
            .with(new ErrorListener(warnings))
            .ignore(
                nameStartsWith("java.")
                    .or(nameStartsWith("javax."))
                    .or(nameStartsWith("jdk."))
                    .or(nameStartsWith("sun."))
                    .or(nameStartsWith("com.sun."))
                    .or(nameStartsWith("dev.boundarytracer.shaded."))
                    .or(isSynthetic()),
                isBootstrapClassLoader())
            .type(
                declaresMethod(
                    isAnnotatedWith(BoundaryOperation.class)
                        .or(isAnnotatedWith(BoundaryPhase.class))))
            .transform(new BoundaryTransformer(warnings, adviceLocator));
    if (!pointcuts.isEmpty()) {
      builder =
          builder
              .type(PointcutTransformer.types(pointcuts))
              .transform(new PointcutTransformer(pointcuts, warnings, adviceLocator));
    }
    return builder.installOn(inst);
  }

  /** {@code com.example.Type#method} for messages. */
  static String describe(MethodDescription method) {
    return method.getDeclaringType().asErasure().getName() + "#" + method.getInternalName();
  }

  /** Reports weaving failures as one line each; the class is then left as it was. */
  private static final class ErrorListener extends AgentBuilder.Listener.Adapter {
    private final Warnings warnings;

    ErrorListener(Warnings warnings) {
      this.warnings = warnings;
    }

    @Override
    public void onError(
        String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
      warnings.warn("cannot weave " + typeName + ", left unprofiled: " + error);
    }
  }
}
