package dev.boundarytracer.agent;

import dev.boundarytracer.agent.weaving.Weaving;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.config.ConfigLoader;
import dev.boundarytracer.internal.AgentRuntime;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Loaded from the bootstrap class path by {@link BoundaryAgent}: reads the configuration, starts
 * the runtime, and installs the weaving.
 */
public final class AgentInstaller {
  private AgentInstaller() {}

  /**
   * Installs the agent. Called once per JVM, reflectively.
   *
   * @param args agent arguments, may be null
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar, where the advice classes' bytes are read from
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static void install(String args, Instrumentation inst, File agentJar) throws IOException {
    // Byte Buddy needs no sun.misc.Unsafe here (no class injection); keeping it off spares JDK 24+
    // users the JVM's deprecation warnings. The property name follows the relocated package.
    String safe = net.bytebuddy.ByteBuddy.class.getPackageName() + ".safe";
    if (System.getProperty(safe) == null) {
      System.setProperty(safe, "true");
    }
    BoundaryConfig config =
        ConfigLoader.load(args, System.getProperties(), System.getenv(), System.err);
    AgentRuntime.start(config);
    LockTargets locks =
        LockTargets.parse(
            config.get(ConfigKey.LOCK),
            config.get(ConfigKey.LOCK_SITES),
            message -> System.err.println("[boundary-tracer] " + message));
    Weaving.install(inst, ClassFileLocator.ForJarFile.of(agentJar), System.err, locks);
  }
}
