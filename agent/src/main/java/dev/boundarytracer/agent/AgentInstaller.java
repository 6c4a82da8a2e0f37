package dev.boundarytracer.agent;

import dev.boundarytracer.agent.weaving.Weaving;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigLoader;
import dev.boundarytracer.internal.AgentRuntime;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
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
    BoundaryConfig config =
        ConfigLoader.load(args, System.getProperties(), System.getenv(), System.err);
    AgentRuntime.prepare(config);
    installPrepared(inst, agentJar);
  }

  /**
   * Activates the prepared runtime and installs the weaving at once, retransforming the classes
   * already loaded (eager start).
   *
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static void installPrepared(Instrumentation inst, File agentJar) throws IOException {
    keepByteBuddyOffUnsafe();
    AgentRuntime.activate();
    Weaving.install(inst, ClassFileLocator.ForJarFile.of(agentJar), System.err);
  }

  /**
   * Activates the prepared runtime and returns the weaving as an unregistered transformer: the lazy
   * start's second step (see {@code dev.boundarytracer.agent.startup.LazyStartup}).
   *
   * @param agentJar the agent's own jar
   * @return the weaving transformer, never null
   * @throws java.io.IOException if the agent jar cannot be opened
   */
  public static ClassFileTransformer activate(File agentJar) throws IOException {
    keepByteBuddyOffUnsafe();
    AgentRuntime.activate();
    return Weaving.makeRaw(ClassFileLocator.ForJarFile.of(agentJar), System.err);
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
