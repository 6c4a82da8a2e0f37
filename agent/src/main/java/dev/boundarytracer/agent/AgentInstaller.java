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
      tell(
          LoadOutcome.REATTACH_UNSUPPORTED,
          "this JVM was profiled and then detached; attaching again is not"
              + " supported (an agent cannot be unloaded). Restart the JVM to profile it again");
      return;
    }
    BoundaryConfig config =
        ConfigLoader.load(args, System.getProperties(), System.getenv(), System.err);
    if (!AgentRuntime.start(config)) {
      tell(
          LoadOutcome.ALREADY_PROFILING,
          "already profiling this JVM (started by -javaagent or an earlier"
              + " attach); the new arguments are ignored");
      return;
    }
    keepByteBuddyOffUnsafe();
    weaving =
        Weaving.install(inst, locator(agentJar), System.err, locks(config), pointcuts(config));
    CallCostCalibration.startInBackground();
    LoadOutcome.ATTACHED.publish("profiling started");
  }

  /**
   * One line on the target's stderr, and the same outcome for the command that loaded the agent.
   */
  private static void tell(LoadOutcome outcome, String message) {
    System.err.println("[boundary-tracer] " + message);
    outcome.publish(message);
  }

  /**
   * Activates the prepared runtime and installs the weaving at once, retransforming the classes
   * already loaded (eager premain). Three threads share the work, all done when this returns: this
   * one installs the application weaving, a second the executor advice, a third activates the
   * runtime (which starts the JFR recording of {@code boundary.jfr}).
   *
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar
   * @param config the configuration the runtime was prepared with, not null
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static synchronized void installPrepared(
      Instrumentation inst, File agentJar, BoundaryConfig config) throws IOException {
    keepByteBuddyOffUnsafe();
    ClassFileLocator locator = locator(agentJar);
    ExecutorInstall executors = new ExecutorInstall(inst, locator);
    executors.start();
    RuntimeActivation runtime = new RuntimeActivation();
    runtime.start();
    long start = StartupTrace.begin();
    ResettableClassFileTransformer application =
        Weaving.installApplication(inst, locator, System.err, locks(config), pointcuts(config));
    StartupTrace.done(start, "application weaving installed");
    runtime.await();
    weaving = new Weaving.Installed(null, application, executors.await());
    CallCostCalibration.startInBackground();
  }

  /** Activates the runtime on its own daemon thread; {@link #await} waits until it has. */
  private static final class RuntimeActivation extends Thread {
    RuntimeActivation() {
      super("boundary-tracer-runtime-activation");
      setDaemon(true);
    }

    @Override
    public void run() {
      long start = StartupTrace.begin();
      AgentRuntime.activate();
      StartupTrace.done(start, "runtime activated");
    }

    void await() {
      boolean interrupted = false;
      while (isAlive()) {
        try {
          join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Activates the prepared runtime and returns the application weaving as an unregistered
   * transformer: the lazy start's second step, on the thread loading the first class that needs the
   * agent (see {@code startup.LazyActivation}). The executor advice, which retransforms JDK
   * classes, is installed on a second thread while this one builds the weaving, and waited for: on
   * two cores the two take the time of the longer, and nothing of the start-up is left running when
   * the application's first operation starts.
   *
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar
   * @param config the configuration the runtime was prepared with, not null
   * @param front the lazy transformer that will forward classes to the result
   * @return the weaving transformer, never null
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static ClassFileTransformer activate(
      Instrumentation inst, File agentJar, BoundaryConfig config, ClassFileTransformer front)
      throws IOException {
    keepByteBuddyOffUnsafe();
    ClassFileLocator locator = locator(agentJar);
    ExecutorInstall executors = new ExecutorInstall(inst, locator);
    executors.start();
    long start = StartupTrace.begin();
    ClassFileTransformer application =
        Weaving.makeRaw(inst, locator, System.err, locks(config), pointcuts(config));
    StartupTrace.done(start, "application weaving built");
    ResettableClassFileTransformer installed = executors.await();
    synchronized (AgentInstaller.class) {
      start = StartupTrace.begin();
      AgentRuntime.activate();
      StartupTrace.done(start, "runtime activated");
      weaving = new Weaving.Installed(front, application, installed);
    }
    return application;
  }

  /** Installs the executor advice on its own daemon thread; {@link #await} waits for the result. */
  private static final class ExecutorInstall extends Thread {
    private final Instrumentation inst;
    private final ClassFileLocator locator;
    private ResettableClassFileTransformer installed;
    private boolean done;

    ExecutorInstall(Instrumentation inst, ClassFileLocator locator) {
      super("boundary-tracer-executor-weaving");
      this.inst = inst;
      this.locator = locator;
      setDaemon(true);
    }

    @Override
    public void run() {
      long start = StartupTrace.begin();
      ResettableClassFileTransformer result = null;
      try {
        result = Weaving.installExecutors(inst, locator, System.err);
      } catch (Throwable t) {
        System.err.println(
            "[boundary-tracer] executor advice not installed, work handed to other threads is not"
                + " followed: "
                + t);
      }
      StartupTrace.done(start, "executor advice installed");
      synchronized (this) {
        installed = result;
        done = true;
        notifyAll();
      }
    }

    /** The installed transformer, or null when the install failed. */
    synchronized ResettableClassFileTransformer await() {
      boolean interrupted = false;
      while (!done) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return installed;
    }
  }

  /**
   * Ends profiling: removes the weaving (woven classes are retransformed back to their original
   * code), then writes the reports as at exit. The JVM runs on unprofiled.
   */
  private static void detach(Instrumentation inst) {
    if (weaving == null || AgentRuntime.isDetached()) {
      tell(LoadOutcome.NOT_PROFILING, "detach: not profiling this JVM; nothing to do");
      return;
    }
    weaving.reset(inst);
    weaving = null;
    AgentRuntime.detach();
    tell(
        LoadOutcome.DETACHED,
        "detached: reports written, weaving removed; the JVM runs on unprofiled");
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
