package dev.boundarytracer.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.builder.AgentBuilder;
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
    builder(adviceLocator, err).installOn(inst);
  }

  /**
   * The weaving as a transformer that is not registered with the JVM and retransforms nothing: for
   * the lazy start, whose own transformer forwards every class loaded after activation to it.
   *
   * @param adviceLocator as for {@link #install}
   * @param err as for {@link #install}
   * @return the transformer, never null
   */
  public static ClassFileTransformer makeRaw(ClassFileLocator adviceLocator, PrintStream err) {
    return builder(adviceLocator, err).makeRaw();
  }

  private static AgentBuilder builder(ClassFileLocator adviceLocator, PrintStream err) {
    Warnings warnings = new Warnings(err);
    return new AgentBuilder.Default()
        .disableClassFormatChanges()
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
        .with(AgentBuilder.TypeStrategy.Default.DECORATE)
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
                isAnnotatedWith(BoundaryOperation.class).or(isAnnotatedWith(BoundaryPhase.class))))
        .transform(new BoundaryTransformer(warnings, adviceLocator));
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
