package dev.boundarytracer.agent;

import dev.boundarytracer.agent.pointcut.Pointcut;
import dev.boundarytracer.agent.pointcut.PointcutFile;
import dev.boundarytracer.agent.weaving.Weaving;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.config.ConfigLoader;
import dev.boundarytracer.internal.AgentRuntime;
import dev.boundarytracer.internal.CallCostCalibration;
import dev.boundarytracer.internal.StartupTrace;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Loaded from the bootstrap class path: starts the runtime and installs the weaving (annotations,
 * {@code boundary.pointcuts}, designated locks, executor advice), in one of three ways.
 *
 * <ul>
 *   <li>{@link #install}, from the agentmain (attach): at once, retransforming the classes already
 *       loaded. Loaded again with the argument {@value #DETACH}, it ends profiling instead.
 *   <li>{@link #installPrepared}, from a premain that must weave at once (see {@code
 *       startup.StartupPolicy}).
 *   <li>{@link #activate}, from the lazy premain's transformer when the first class that needs the
 *       agent loads.
 * </ul>
 */
public final class AgentInstaller {
  /** The agent argument that makes a running agent write its reports and remove its weaving. */
  public static final String DETACH = "detach";

  private static Weaving.Installed weaving;
  private static boolean executorsStarted;
  private static ClassFileLocator activatedLocator;

  private AgentInstaller() {}

  /**
   * Installs the agent at once, or ends profiling when {@code args} is {@value #DETACH}. Called
   * reflectively each time the agent is loaded into a running JVM (each attach, each detach).
   *
   * @param args agent arguments, may be null
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar, where the advice classes' bytes are read from
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static synchronized void install(String args, Instrumentation inst, File agentJar)
      throws IOException {
    if (args != null && args.trim().equals(DETACH)) {
      detach(inst);
      return;
    }
    if (AgentRuntime.isDetached()) {
      System.err.println(
          "[boundary-tracer] this JVM was profiled and then detached; attaching again is not"
              + " supported (an agent cannot be unloaded). Restart the JVM to profile it again");
      return;
    }
    BoundaryConfig config =
        ConfigLoader.load(args, System.getProperties(), System.getenv(), System.err);
    if (!AgentRuntime.start(config)) {
      System.err.println(
          "[boundary-tracer] already profiling this JVM (started by -javaagent or an earlier"
              + " attach); the new arguments are ignored");
      return;
    }
    keepByteBuddyOffUnsafe();
    weaving =
        Weaving.install(inst, locator(agentJar), System.err, locks(config), pointcuts(config));
    CallCostCalibration.startInBackground();
  }

  /**
   * Activates the prepared runtime and installs the weaving at once, retransforming the classes
   * already loaded (eager premain).
   *
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar
   * @param config the configuration the runtime was prepared with, not null
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static synchronized void installPrepared(
      Instrumentation inst, File agentJar, BoundaryConfig config) throws IOException {
    keepByteBuddyOffUnsafe();
    AgentRuntime.activate();
    weaving =
        Weaving.install(inst, locator(agentJar), System.err, locks(config), pointcuts(config));
    CallCostCalibration.startInBackground();
  }

  /**
   * Builds the application weaving without registering it: the lazy start's first step, when the
   * first class that needs the agent loads (see {@code startup.LazyActivation}). Needs neither the
   * runtime nor the JVM's instrumentation.
   *
   * @param agentJar the agent's own jar
   * @param config the configuration the runtime was prepared with, not null
   * @return the prepared weaving, never null
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static Prepared prepare(File agentJar, BoundaryConfig config) throws IOException {
    long start = StartupTrace.begin();
    keepByteBuddyOffUnsafe();
    ClassFileLocator locator = locator(agentJar);
    ClassFileTransformer application =
        Weaving.makeRaw(locator, System.err, locks(config), pointcuts(config));
    StartupTrace.done(start, "application weaving built");
    return new Prepared(locator, application);
  }

  /**
   * Activates the prepared runtime and returns the prepared application weaving: the lazy start's
   * second step (see {@code startup.LazyActivation}). The executor advice, which retransforms JDK
   * classes, is installed later, by {@link #afterActivation}; tasks handed off before it is in
   * place are not followed.
   *
   * @param inst the JVM's instrumentation
   * @param prepared what {@link #prepare} returned
   * @param front the lazy transformer that will forward classes to the result
   * @return the weaving transformer, never null
   */
  public static synchronized ClassFileTransformer activate(
      Instrumentation inst, Prepared prepared, ClassFileTransformer front) {
    long start = StartupTrace.begin();
    AgentRuntime.activate();
    StartupTrace.done(start, "runtime activated");
    weaving = new Weaving.Installed(front, prepared.application(), null);
    activatedLocator = prepared.locator();
    return prepared.application();
  }

  /**
   * Starts, on daemon threads, what the lazy start defers until the class that activated the agent
   * is woven, so as not to compete with it for the CPU: the executor advice's install and the
   * calibration of the per-call cost. Does nothing before {@link #activate}; a second call does
   * nothing.
   *
   * @param inst the JVM's instrumentation
   */
  public static synchronized void afterActivation(Instrumentation inst) {
    if (activatedLocator == null) {
      return;
    }
    startExecutors(inst, activatedLocator);
    CallCostCalibration.startInBackground();
  }

  /** Installs the executor advice on a daemon thread, once per JVM. */
  private static synchronized void startExecutors(Instrumentation inst, ClassFileLocator locator) {
    if (executorsStarted) {
      return;
    }
    executorsStarted = true;
    Thread executors =
        new Thread(() -> installExecutors(inst, locator), "boundary-tracer-executor-weaving");
    executors.setDaemon(true);
    executors.start();
  }

  /**
   * The application weaving, built but not registered.
   *
   * @param locator reads the agent's own classes' bytes
   * @param application the unregistered transformer (advice on annotated and pointcut methods, lock
   *     sites)
   */
  public record Prepared(ClassFileLocator locator, ClassFileTransformer application) {}

  private static void installExecutors(Instrumentation inst, ClassFileLocator locator) {
    try {
      long start = StartupTrace.begin();
      ResettableClassFileTransformer executors =
          Weaving.installExecutors(inst, locator, System.err);
      StartupTrace.done(start, "executor advice installed");
      synchronized (AgentInstaller.class) {
        Weaving.Installed current = weaving;
        if (current != null && !AgentRuntime.isDetached()) {
          weaving = new Weaving.Installed(current.front(), current.application(), executors);
          return;
        }
      }
      executors.reset(inst, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
    } catch (Throwable t) {
      System.err.println(
          "[boundary-tracer] executor advice not installed, work handed to other threads is not"
              + " followed: "
              + t);
    }
  }

  /**
   * Ends profiling: removes the weaving (woven classes are retransformed back to their original
   * code), then writes the reports as at exit. The JVM runs on unprofiled.
   */
  private static void detach(Instrumentation inst) {
    if (weaving == null || AgentRuntime.isDetached()) {
      System.err.println("[boundary-tracer] detach: not profiling this JVM; nothing to do");
      return;
    }
    weaving.reset(inst);
    weaving = null;
    AgentRuntime.detach();
    System.err.println(
        "[boundary-tracer] detached: reports written, weaving removed; the JVM runs on unprofiled");
  }

  private static ClassFileLocator locator(File agentJar) throws IOException {
    return ClassFileLocator.ForJarFile.of(agentJar);
  }

  private static LockTargets locks(BoundaryConfig config) {
    return LockTargets.parse(
        config.get(ConfigKey.LOCK),
        config.get(ConfigKey.LOCK_SITES),
        message -> System.err.println("[boundary-tracer] " + message));
  }

  private static List<Pointcut> pointcuts(BoundaryConfig config) {
    String file = config.get(ConfigKey.POINTCUTS);
    return file == null ? List.of() : PointcutFile.load(file, System.err);
  }

  // Byte Buddy needs no sun.misc.Unsafe here (no class injection); keeping it off spares JDK 24+
  // users the JVM's deprecation warnings. The property name follows the relocated package.
  private static void keepByteBuddyOffUnsafe() {
    String safe = net.bytebuddy.ByteBuddy.class.getPackageName() + ".safe";
    if (System.getProperty(safe) == null) {
      System.setProperty(safe, "true");
    }
  }
}
