package dev.boundarytracer.agent;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * The agent's entry point ({@code Premain-Class} and {@code Agent-Class}).
 *
 * <p>Does almost nothing: it appends its own jar (the implementation, a copy of the API and the
 * bridge) to the bootstrap class path, so that woven code and the API in every class loader reach
 * one recorder, and hands over to a class loaded from there: the premain to {@code
 * startup.LazyStartup} (weaving waits for the first class that needs it), the agentmain to {@code
 * AgentInstaller} (weaving at once). It never throws: a failure is one line on stderr and the
 * application runs on.
 */
public final class BoundaryAgent {
  private BoundaryAgent() {}

  /**
   * Called by the JVM for {@code -javaagent:boundary-agent.jar[=key=value;...]}.
   *
   * @param args agent arguments, may be null
   * @param inst the JVM's instrumentation
   */
  public static void premain(String args, Instrumentation inst) {
    start(args, inst, "dev.boundarytracer.agent.startup.LazyStartup", "start");
  }

  /**
   * Called by the JVM when the agent is loaded into a running JVM.
   *
   * @param args agent arguments, may be null
   * @param inst the JVM's instrumentation
   */
  public static void agentmain(String args, Instrumentation inst) {
    start(args, inst, "dev.boundarytracer.agent.AgentInstaller", "install");
  }

  private static void start(String args, Instrumentation inst, String entryClass, String entry) {
    try {
      File jar =
          new File(BoundaryAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      inst.appendToBootstrapClassLoaderSearch(new JarFile(jar));
      Class.forName(entryClass, true, null)
          .getMethod(entry, String.class, Instrumentation.class, File.class)
          .invoke(null, args, inst, jar);
    } catch (Throwable t) {
      String message = "agent not started, the application runs unprofiled: " + t;
      System.err.println("[boundary-tracer] " + message);
      LoadOutcome.FAILED.publish(message);
    }
  }
}
