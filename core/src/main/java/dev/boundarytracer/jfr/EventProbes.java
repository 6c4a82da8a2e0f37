package dev.boundarytracer.jfr;

/**
 * Shared event instances used only to ask whether an event type is enabled, so the hot path
 * allocates an event only while a recording wants it. {@code isEnabled()} reads the event type's
 * state and is safe to call from any thread.
 */
public final class EventProbes {
  private static final PhaseEvent PHASE = new PhaseEvent();
  private static final OperationEvent OPERATION = new OperationEvent();
  private static final TaskEvent TASK = new TaskEvent();

  private EventProbes() {}

  /**
   * @return true while a recording has {@code dev.boundarytracer.Phase} enabled
   */
  public static boolean phaseEnabled() {
    return PHASE.isEnabled();
  }

  /**
   * @return true while a recording has {@code dev.boundarytracer.Operation} enabled
   */
  public static boolean operationEnabled() {
    return OPERATION.isEnabled();
  }

  /**
   * @return true while a recording has {@code dev.boundarytracer.Task} enabled
   */
  public static boolean taskEnabled() {
    return TASK.isEnabled();
  }
}
