package dev.boundarytracer.jfr;

/**
 * Asks whether an event type is enabled, so the hot path allocates an event only while a recording
 * wants it. Safe to call from any thread.
 *
 * <p>Until JFR is initialised (no recording has started in this JVM) both answers are false without
 * touching an event class: loading the first one makes JFR register the agent's event types, which
 * took hundreds of milliseconds inside an application's first operation. {@link JfrSupport} calls
 * {@link #recorderInitialized} when JFR initialises; only then are the shared probe events created.
 */
public final class EventProbes {
  private static volatile boolean recorderInitialized;

  private EventProbes() {}

  /**
   * Called once JFR is initialised: from then on the answers come from the event types' state.
   * Creates the probe events on the calling thread (JFR's, not the application's).
   */
  public static void recorderInitialized() {
    Probes.touch();
    recorderInitialized = true;
  }

  /**
   * @return true while a recording has {@code dev.boundarytracer.Phase} enabled
   */
  public static boolean phaseEnabled() {
    return recorderInitialized && Probes.PHASE.isEnabled();
  }

  /**
   * @return true while a recording has {@code dev.boundarytracer.Operation} enabled
   */
  public static boolean operationEnabled() {
    return recorderInitialized && Probes.OPERATION.isEnabled();
  }

  /** Shared events used only for {@code isEnabled()}; created when JFR initialises. */
  private static final class Probes {
    static final PhaseEvent PHASE = new PhaseEvent();
    static final OperationEvent OPERATION = new OperationEvent();
    static final TaskEvent TASK = new TaskEvent();

    private Probes() {}

    static void touch() {
      // Class initialisation creates the probes.
    }
  }

  /**
   * @return true while a recording has {@code dev.boundarytracer.Task} enabled
   */
  public static boolean taskEnabled() {
    return recorderInitialized && Probes.TASK.isEnabled();
  }
}
