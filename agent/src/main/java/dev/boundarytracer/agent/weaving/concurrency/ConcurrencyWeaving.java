package dev.boundarytracer.agent.weaving.concurrency;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.boundarytracer.agent.bridge.HookBridge;
import dev.boundarytracer.agent.weaving.LeanByteBuddy;
import dev.boundarytracer.agent.weaving.Warnings;
import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs the advice on the JDK's executors that carries a phase call's context with the tasks it
 * hands to other threads: {@code ThreadPoolExecutor}, {@code ForkJoinPool} and {@code ForkJoinTask}
 * (parallel streams and {@code CompletableFuture} async methods included), thread-per-task
 * executors (virtual threads on JDK 21+).
 *
 * <p>These classes are usually loaded before the agent starts: they are retransformed, with no
 * change to their class format (no field or method is added; per-task context lives in wrappers and
 * in a weak identity table). Works the same when installed late, after the application has started.
 * A class or method missing on this JDK is skipped.
 */
public final class ConcurrencyWeaving {
  private static final String CONCURRENT = "java.util.concurrent.";

  /** The classes advised; those that exist on this JDK are loaded before the install. */
  private static final String[] ADVISED = {
    CONCURRENT + "ThreadPoolExecutor",
    CONCURRENT + "ForkJoinTask",
    CONCURRENT + "ForkJoinPool",
    CONCURRENT + "CompletableFuture$ThreadPerTaskExecutor",
    CONCURRENT + "ThreadPerTaskExecutor"
  };

  private ConcurrencyWeaving() {}

  /**
   * Installs the class file transformer and retransforms the executor classes already loaded.
   *
   * @param inst the JVM's instrumentation
   * @param adviceLocator reads the advice classes' bytes (the agent jar)
   * @param warnings where weave-time errors go
   * @return the installed transformer, for removing the advice at detach
   */
  public static ResettableClassFileTransformer install(
      Instrumentation inst, ClassFileLocator adviceLocator, Warnings warnings) {
    // The advice calls the bridge on the bootstrap class path (the boot loader's unnamed module),
    // which java.base does not read by default.
    Module base = Object.class.getModule();
    Module runtime = HookBridge.class.getModule();
    if (!base.canRead(runtime)) {
      inst.redefineModule(base, Set.of(runtime), Map.of(), Map.of(), Set.of(), Map.of());
    }
    Set<Class<?>> advised = loadAdvisedClasses();
    return new AgentBuilder.Default(LeanByteBuddy.create())
        .disableClassFormatChanges()
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        // Only the advised classes are retransformed, rather than every loaded class being offered
        // to the matchers below (thousands of classes, most of the install's time).
        .with(new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit(advised))
        .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
        .with(AgentBuilder.TypeStrategy.Default.DECORATE)
        .with(new ErrorListener(warnings))
        .ignore(not(namedOneOf(ADVISED)))
        .type(named(CONCURRENT + "ThreadPoolExecutor"))
        .transform(
            advice(
                adviceLocator,
                PoolExecuteAdvice.class,
                named("execute").and(takesArguments(Runnable.class))))
        .type(named(CONCURRENT + "CompletableFuture$ThreadPerTaskExecutor"))
        .transform(
            advice(
                adviceLocator,
                ThreadPerTaskAdvice.class,
                named("execute").and(takesArguments(Runnable.class))))
        .type(named(CONCURRENT + "ThreadPerTaskExecutor"))
        .transform(
            advice(
                adviceLocator,
                ThreadPerTaskAdvice.class,
                named("newThread").and(takesArguments(Runnable.class))))
        .type(named(CONCURRENT + "ForkJoinTask"))
        .transform(advice(adviceLocator, ForkAdvice.class, named("fork").and(takesArguments(0))))
        .transform(
            advice(adviceLocator, TaskExecAdvice.class, named("doExec").and(takesArguments(0))))
        .type(named(CONCURRENT + "ForkJoinPool"))
        .transform(
            advice(
                adviceLocator,
                PoolSubmitAdvice.class,
                named("externalSubmit")
                    .or(named("externalPush"))
                    .and(takesArguments(1))
                    .and(takesArgument(0, ForkJoinTask.class))))
        .transform(
            advice(
                adviceLocator,
                PoolSubmitSecondArgumentAdvice.class,
                named("poolSubmit")
                    .and(takesArguments(2))
                    .and(takesArgument(1, ForkJoinTask.class))))
        .installOn(inst);
  }

  /**
   * Loads (without initialising) every advised class this JDK has, so that all of them are
   * retransformed by the install. A class first loaded later while another class is being
   * transformed on the same thread would otherwise be skipped by Byte Buddy's circularity guard.
   *
   * @return the advised classes this JDK has
   */
  private static Set<Class<?>> loadAdvisedClasses() {
    Set<Class<?>> loaded = new java.util.HashSet<>();
    for (String name : ADVISED) {
      try {
        loaded.add(Class.forName(name, false, null));
      } catch (ClassNotFoundException absentOnThisJdk) {
        // e.g. ThreadPerTaskExecutor before JDK 21, CompletableFuture's before JDK 19's rework
      }
    }
    return loaded;
  }

  private static AgentBuilder.Transformer advice(
      ClassFileLocator locator,
      Class<?> adviceClass,
      ElementMatcher<? super MethodDescription> methods) {
    Advice advice = Advice.to(TypeDescription.ForLoadedType.of(adviceClass), locator);
    return (builder, type, loader, module, domain) -> builder.visit(advice.on(methods));
  }

  /** Reports weaving failures as one line each; the class then runs without propagation. */
  private static final class ErrorListener extends AgentBuilder.Listener.Adapter {
    private final Warnings warnings;

    ErrorListener(Warnings warnings) {
      this.warnings = warnings;
    }

    @Override
    public void onError(
        String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
      warnings.warn(
          "cannot add task context propagation to " + typeName + ", left as it was: " + error);
    }
  }
}
