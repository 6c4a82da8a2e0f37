package dev.boundarytracer.agent.startup;

import dev.boundarytracer.agent.AgentInstaller;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.internal.StartupTrace;
import java.io.File;
import java.lang.instrument.Instrumentation;

/**
 * Prepares the application weaving on a daemon thread while the application starts (see {@link
 * AgentInstaller#prepare}), so the class that activates the agent waits only for what is left of
 * it, then starts the executor advice's install. Started by the lazy premain when {@link
 * ApiOnClassPath} says a class needing the agent will load; a JVM that never loads one only spent a
 * background thread's time.
 *
 * <p>Thread-safe: {@link #await} may be called from any thread, any number of times.
 */
final class WeavingPreparation extends Thread {
  private final Instrumentation inst;
  private final File agentJar;
  private final BoundaryConfig config;
  private AgentInstaller.Prepared prepared;
  private Throwable failure;
  private boolean done;

  private WeavingPreparation(Instrumentation inst, File agentJar, BoundaryConfig config) {
    super("boundary-tracer-weaving-preparation");
    this.inst = inst;
    this.agentJar = agentJar;
    this.config = config;
    setDaemon(true);
  }

  /**
   * Starts preparing.
   *
   * @param inst the JVM's instrumentation
   * @param agentJar the agent's own jar
   * @param config the merged configuration, not null
   * @return the running preparation
   */
  static WeavingPreparation start(Instrumentation inst, File agentJar, BoundaryConfig config) {
    WeavingPreparation preparation = new WeavingPreparation(inst, agentJar, config);
    preparation.start();
    return preparation;
  }

  @Override
  public void run() {
    long start = StartupTrace.begin();
    AgentInstaller.Prepared result = null;
    Throwable error = null;
    try {
      result = AgentInstaller.prepare(agentJar, config);
    } catch (Throwable t) {
      error = t;
    }
    synchronized (this) {
      prepared = result;
      failure = error;
      done = true;
      notifyAll();
    }
    StartupTrace.done(start, "weaving prepared in the background");
    if (result != null) {
      AgentInstaller.startExecutors(inst, result.locator());
    }
  }

  /**
   * Waits until the weaving is prepared.
   *
   * @return the prepared weaving, never null
   * @throws Exception what preparing threw
   */
  synchronized AgentInstaller.Prepared await() throws Exception {
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
    if (failure instanceof Exception e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException("preparing the weaving failed", failure);
    }
    return prepared;
  }
}
