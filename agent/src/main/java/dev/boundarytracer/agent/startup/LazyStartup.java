package dev.boundarytracer.agent.startup;

import dev.boundarytracer.agent.AgentInstaller;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigLoader;
import dev.boundarytracer.internal.AgentRuntime;
import dev.boundarytracer.internal.StartupTrace;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;

/**
 * The premain's work, loaded from the bootstrap class path by {@code BoundaryAgent}: reads the
 * configuration, registers the exit report, and either activates at once ({@link
 * StartupPolicy#eager}) or registers {@link LazyActivation}. Loads no ByteBuddy, HdrHistogram,
 * Jackson or JFR class on the lazy path.
 */
public final class LazyStartup {
  private LazyStartup() {}

  /**
   * Starts the agent from the premain. Called once per JVM, reflectively.
   *
   * @param args agent arguments, may be null
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar
   * @throws IOException if the agent jar cannot be opened (eager start only)
   */
  public static void start(String args, Instrumentation inst, File agentJar) throws IOException {
    long start = StartupTrace.begin();
    BoundaryConfig config =
        ConfigLoader.load(args, System.getProperties(), System.getenv(), System.err);
    AgentRuntime.prepare(config);
    if (StartupPolicy.eager(config)) {
      AgentInstaller.installPrepared(inst, agentJar, config);
      StartupTrace.done(start, "premain, weaving installed at once");
    } else {
      inst.addTransformer(new LazyActivation(inst, agentJar, config), true);
      StartupTrace.done(start, "premain, lazy");
    }
  }
}
