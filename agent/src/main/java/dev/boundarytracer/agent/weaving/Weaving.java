package dev.boundarytracer.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.agent.pointcut.Pointcut;
import dev.boundarytracer.agent.weaving.concurrency.ConcurrencyWeaving;
import dev.boundarytracer.agent.weaving.locks.ExistingLocks;
import dev.boundarytracer.agent.weaving.locks.LockClasses;
import dev.boundarytracer.agent.weaving.locks.LockSiteMatcher;
import dev.boundarytracer.agent.weaving.locks.LockSiteTransformer;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import dev.boundarytracer.locks.LockRegistry;
import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
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
    install(inst, adviceLocator, err, LockTargets.NONE, List.of());
  }

  /**
   * Installs the class file transformers at once (eager start, attach): advice on annotated methods
   * and on the methods the given pointcuts select, lock-site weaving for the designated locks, and
   * the executor advice that carries a phase's context to the threads it hands work to. Classes
   * already loaded are retransformed.
   *
   * @param inst the JVM's instrumentation
   * @param adviceLocator reads the agent's own classes' bytes (the agent jar): the advice, and the
   *     annotations for class loaders that cannot see them as resources
   * @param err where weave-time warnings and errors go, one line each
   * @param locks what {@code boundary.lock} and {@code boundary.lockSites} designate, not null
   * @param pointcuts from {@code boundary.pointcuts}, may be empty
   * @return the installed weaving; {@link Installed#reset} removes it
   */
  public static Installed install(
      Instrumentation inst,
      ClassFileLocator adviceLocator,
      PrintStream err,
      LockTargets locks,
      List<Pointcut> pointcuts) {
    Warnings warnings = new Warnings(err);
    LockClasses lockClasses = lockClasses(inst, warnings);
    ResettableClassFileTransformer application =
        builder(
                adviceLocator,
                warnings,
                locks,
                lockClasses,
                pointcuts,
                new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit(
                    AttachCandidates.of(inst)))
            .installOn(inst);
    // The loaded classes are woven now: designate the locks their static fields already hold.
    ExistingLocks.designate(inst, lockClasses, warnings::warn);
    ResettableClassFileTransformer executors =
        ConcurrencyWeaving.install(inst, adviceLocator, warnings);
    return new Installed(null, application, executors);
  }

  /**
   * Installs the application weaving of {@link #install} alone, retransforming the classes already
   * loaded; the eager start installs the executor advice ({@link #installExecutors}) beside it, on
   * another thread.
   *
   * @param inst as for {@link #install}
   * @param adviceLocator as for {@link #install}
   * @param err as for {@link #install}
   * @param locks as for {@link #install}
   * @param pointcuts as for {@link #install}
   * @return the installed transformer
   */
  public static ResettableClassFileTransformer installApplication(
      Instrumentation inst,
      ClassFileLocator adviceLocator,
      PrintStream err,
      LockTargets locks,
      List<Pointcut> pointcuts) {
    Warnings warnings = new Warnings(err);
    LockClasses lockClasses = lockClasses(inst, warnings);
    ResettableClassFileTransformer application =
        builder(adviceLocator, warnings, locks, lockClasses, pointcuts, null).installOn(inst);
    // The loaded classes are woven now: designate the locks their static fields already hold.
    ExistingLocks.designate(inst, lockClasses, warnings::warn);
    return application;
  }

  /**
   * The application weaving of {@link #install} as a transformer that is not registered with the
   * JVM and retransforms nothing: for the lazy start, whose own transformer forwards every class
   * loaded after activation to it. Only the classes {@link CandidateClasses} lets through reach
   * ByteBuddy.
   *
   * @param inst the JVM's instrumentation, for retransforming the class of an object designated
   *     later (the returned transformer must be reached by that retransformation)
   * @param adviceLocator as for {@link #install}
   * @param err as for {@link #install}
   * @param locks as for {@link #install}
   * @param pointcuts as for {@link #install}
   * @return the transformer, never null
   */
  public static ClassFileTransformer makeRaw(
      Instrumentation inst,
      ClassFileLocator adviceLocator,
      PrintStream err,
      LockTargets locks,
      List<Pointcut> pointcuts) {
    Warnings warnings = new Warnings(err);
    LockClasses lockClasses = lockClasses(inst, warnings);
    ClassFileTransformer raw =
        builder(adviceLocator, warnings, locks, lockClasses, pointcuts, null).makeRaw();
    return new CandidateClasses(raw, locks, lockClasses, !pointcuts.isEmpty());
  }

  /** Classes of designated objects, told of each designation from now on. */
  private static LockClasses lockClasses(Instrumentation inst, Warnings warnings) {
    LockClasses classes = new LockClasses();
    LockRegistry.onDesignation(classes.listener(inst, warnings::warn));
    return classes;
  }

  /**
   * Installs the executor advice alone, retransforming the JDK's executor classes (the lazy start
   * and the eager start run this on its own thread while the application weaving is built).
   *
   * @param inst the JVM's instrumentation
   * @param adviceLocator as for {@link #install}
   * @param err as for {@link #install}
   * @return the installed transformer
   */
  public static ResettableClassFileTransformer installExecutors(
      Instrumentation inst, ClassFileLocator adviceLocator, PrintStream err) {
    return ConcurrencyWeaving.install(inst, adviceLocator, new Warnings(err));
  }

  private static AgentBuilder builder(
      ClassFileLocator adviceLocator,
      Warnings warnings,
      LockTargets locks,
      LockClasses lockClasses,
      List<Pointcut> pointcuts,
      AgentBuilder.RedefinitionStrategy.DiscoveryStrategy loaded) {
    AgentBuilder.RedefinitionListenable.WithoutBatchStrategy retransforming =
        new AgentBuilder.Default(LeanByteBuddy.create())
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
    AgentBuilder start = loaded == null ? retransforming : retransforming.with(loaded);
    AgentBuilder.Identified.Extendable builder =
        start
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
            // Lock sites first; not terminal, so annotated classes also get the advice below.
            .type(new LockSiteMatcher(locks, lockClasses))
            .transform(new LockSiteTransformer(locks, lockClasses, adviceLocator, warnings::warn))
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
    return builder;
  }

  /**
   * The installed transformers.
   *
   * @param front the lazy start's transformer that forwards to {@code application}, or null when
   *     {@code application} is registered itself
   * @param application advice on annotated and pointcut methods, and lock sites: a registered
   *     {@link ResettableClassFileTransformer} when {@code front} is null, else the lazy start's
   *     unregistered one
   * @param executors the executor advice in JDK classes, or null while (or if) it is not installed
   */
  public record Installed(
      ClassFileTransformer front,
      ClassFileTransformer application,
      ResettableClassFileTransformer executors) {
    /**
     * Removes the weaving: woven classes are retransformed back to their original code.
     *
     * @param inst the JVM's instrumentation the weaving was installed on
     */
    public void reset(Instrumentation inst) {
      if (front != null) {
        // The application weaving only ever ran behind the front transformer: without it, a
        // retransformation gives every application class back its original code.
        inst.removeTransformer(front);
        OriginalCode.restoreApplicationClasses(inst);
      } else {
        ((ResettableClassFileTransformer) application)
            .reset(inst, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
      }
      if (executors != null) {
        executors.reset(inst, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
      }
    }
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
