package dev.boundarytracer.agent.startup;

import dev.boundarytracer.agent.AgentInstaller;
import dev.boundarytracer.agent.bridge.HookBridge;
import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.internal.HotPathClasses;
import dev.boundarytracer.internal.StartupTrace;
import java.io.File;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * The one transformer the lazy premain registers: until activation it only searches each loaded
 * class file for {@link ActivationMarkers}; the first class that has one activates the agent (the
 * runtime starts, ByteBuddy and the weaving load), and from then on every class, that first one
 * included, is handed to the weaving.
 *
 * <p>Forwarding, rather than registering the weaving beside this transformer, weaves each class
 * exactly once: a class loading while activation runs is neither missed nor woven twice. Classes
 * loaded before activation carry no marker, so none of them needs retransformation.
 *
 * <p>Thread-safe. Never throws: if activation fails, one line goes to stderr and the application
 * runs on unprofiled.
 */
final class LazyActivation implements ClassFileTransformer {
  private final Instrumentation inst;
  private final File agentJar;
  private final BoundaryConfig config;
  private volatile ClassFileTransformer weaving;
  private volatile boolean given;
  private boolean activating;

  LazyActivation(Instrumentation inst, File agentJar, BoundaryConfig config) {
    this.inst = inst;
    this.agentJar = agentJar;
    this.config = config;
  }

  @Override
  public byte[] transform(
      Module module,
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfileBuffer) {
    ClassFileTransformer w = weaving;
    if (w == null) {
      if (given || loader == null || !ActivationMarkers.anyIn(classfileBuffer)) {
        return null;
      }
      long start = StartupTrace.begin();
      w = activate();
      StartupTrace.done(start, "activated by " + className);
      if (w == null) {
        return null;
      }
      byte[] woven =
          forward(
              w, module, loader, className, classBeingRedefined, protectionDomain, classfileBuffer);
      return woven;
    }
    return forward(
        w, module, loader, className, classBeingRedefined, protectionDomain, classfileBuffer);
  }

  private static byte[] forward(
      ClassFileTransformer w,
      Module module,
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfileBuffer) {
    long start = StartupTrace.begin();
    try {
      byte[] woven =
          w.transform(
              module, loader, className, classBeingRedefined, protectionDomain, classfileBuffer);
      if (woven != null) {
        StartupTrace.done(start, "wove " + className);
      }
      return woven;
    } catch (Throwable t) {
      // ByteBuddy's transformer reports its own errors; this only guards the class load.
      return null;
    }
  }

  /** Activates once; a class with markers loading during activation on this thread is skipped. */
  private synchronized ClassFileTransformer activate() {
    if (weaving != null || given || activating) {
      return weaving;
    }
    activating = true;
    try {
      // The hooks' classes load, and the per-call cost is calibrated, on another thread while this
      // one builds the weaving; all of it ends before the first woven class is defined.
      Thread hotPath = HotPathClasses.startLoading(HookBridge.class.getName());
      ClassFileTransformer built = AgentInstaller.activate(inst, agentJar, config, this);
      joinUninterruptibly(hotPath);
      weaving = built;
    } catch (Throwable t) {
      given = true;
      System.err.println(
          "[boundary-tracer] agent not activated, the application runs unprofiled: " + t);
    } finally {
      activating = false;
    }
    return weaving;
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
