package dev.boundarytracer.internal;

/**
 * Loads and initialises, ahead of the first recorded call, the classes that call's hooks use: the
 * first use of each would otherwise fall inside the first operation and phase calls of the
 * application, charging their wall time (and, for the JVM's management beans behind the per-thread
 * allocation counter, their allocation) to those calls. Run on a daemon thread while the weaving is
 * being built, and waited for before the first woven class is defined.
 *
 * <p>A name that does not resolve is skipped: the cost then moves back into the first call, and
 * nothing else changes. Thread-safe.
 */
public final class HotPathClasses {
  private static final String[] NAMES = {
    "dev.boundarytracer.internal.Hooks",
    "dev.boundarytracer.internal.SuppressedErrors",
    "dev.boundarytracer.recording.ThreadState",
    "dev.boundarytracer.recording.AllocationCounter",
    "dev.boundarytracer.recording.OperationCounters",
    "dev.boundarytracer.recording.LockCounters",
    "dev.boundarytracer.recording.LockMark",
    "dev.boundarytracer.recording.OperationFrame",
    "dev.boundarytracer.recording.PhaseFrame",
    "dev.boundarytracer.recording.Recorder",
    "dev.boundarytracer.recording.OperationRecording",
    "dev.boundarytracer.recording.OperationStripe",
    "dev.boundarytracer.recording.SparseHistogram",
    "dev.boundarytracer.recording.MethodRegistry",
    "dev.boundarytracer.recording.MethodSpec",
    "dev.boundarytracer.recording.OperationRegistry",
    "dev.boundarytracer.jfr.EventProbes",
    "dev.boundarytracer.jfr.EventGate",
    "dev.boundarytracer.jfr.PhaseEventSlot",
    "dev.boundarytracer.jfr.OperationEventSlot",
    "dev.boundarytracer.locks.LockRegistry",
    "dev.boundarytracer.parallel.PhaseWork",
    "dev.boundarytracer.parallel.HandOffs",
    "dev.boundarytracer.Phase",
    "dev.boundarytracer.LockUse",
  };

  private HotPathClasses() {}

  /**
   * Starts loading the classes on a daemon thread, which then calibrates the per-call cost (see
   * {@link CallCostCalibration#runHere}).
   *
   * @param extra further classes to initialise with them (the agent's bridge), by name
   * @return the running thread, to {@link Thread#join} before the first woven class is defined
   */
  public static Thread startLoading(String... extra) {
    Thread thread =
        new Thread(
            () -> {
              long start = StartupTrace.begin();
              initialise(NAMES);
              initialise(extra);
              StartupTrace.done(start, "hot-path classes initialised");
              CallCostCalibration.runHere();
            },
            "boundary-tracer-class-preparation");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void initialise(String[] names) {
    ClassLoader bootstrap = null;
    for (String name : names) {
      try {
        Class.forName(name, true, bootstrap);
      } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
        // Skipped: see the class comment.
      }
    }
  }
}
