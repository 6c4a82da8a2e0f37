package dev.boundarytracer.agent;

import dev.boundarytracer.agent.pointcut.Pointcut;
import dev.boundarytracer.agent.pointcut.PointcutFile;
import dev.boundarytracer.agent.weaving.Weaving;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.config.ConfigLoader;
import dev.boundarytracer.internal.AgentRuntime;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.util.List;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Loaded from the bootstrap class path by {@link BoundaryAgent}: reads the configuration, starts
 * the runtime, and installs the weaving (annotations and {@code boundary.pointcuts}). Loaded again
 * with the argument {@value #DETACH}, it ends profiling instead.
 *
 * <p>Weaving is installed eagerly here: classes already loaded (an attach to a running JVM) are
 * retransformed at once, and pointcut targets carry no annotation that could trigger it later.
 */
public final class AgentInstaller {
  /** The agent argument that makes a running agent write its reports and remove its weaving. */
  public static final String DETACH = "detach";

  private static Weaving.Installed weaving;

  private AgentInstaller() {}

  /**
   * Installs the agent, or ends profiling when {@code args} is {@value #DETACH}. Called
   * reflectively each time the agent is loaded (premain, each attach, each detach).
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
    // Byte Buddy needs no sun.misc.Unsafe here (no class injection); keeping it off spares JDK 24+
    // users the JVM's deprecation warnings. The property name follows the relocated package.
    String safe = net.bytebuddy.ByteBuddy.class.getPackageName() + ".safe";
    if (System.getProperty(safe) == null) {
      System.setProperty(safe, "true");
    }
    BoundaryConfig config =
        ConfigLoader.load(args, System.getProperties(), System.getenv(), System.err);
    if (!AgentRuntime.start(config)) {
      System.err.println(
          "[boundary-tracer] already profiling this JVM (started by -javaagent or an earlier"
              + " attach); the new arguments are ignored");
      return;
    }
    String pointcutFile = config.get(ConfigKey.POINTCUTS);
    List<Pointcut> pointcuts =
        pointcutFile == null ? List.of() : PointcutFile.load(pointcutFile, System.err);
    LockTargets locks =
        LockTargets.parse(
            config.get(ConfigKey.LOCK),
            config.get(ConfigKey.LOCK_SITES),
            message -> System.err.println("[boundary-tracer] " + message));
    weaving =
        Weaving.install(
            inst, ClassFileLocator.ForJarFile.of(agentJar), System.err, locks, pointcuts);
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
}
