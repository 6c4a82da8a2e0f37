package dev.boundarytracer.jfr;

/**
 * The JFR part of one operation frame (one nesting depth of one thread): its {@link
 * OperationEvent}, created the first time a recording enables the event and reused call after call,
 * and whether the running call began it. Only the frame's thread touches it.
 */
public final class OperationEventSlot {
  private OperationEvent event;
  private boolean begun;

  /**
   * Begins the event when a recording enables it; call just before the agent's own clock read, so
   * that creating the event object the first time stays outside both measurements.
   *
   * @return true when the event was begun
   */
  public boolean begin() {
    if (!EventProbes.operationEnabled()) {
      return false;
    }
    OperationEvent e = event;
    if (e == null) {
      e = new OperationEvent();
      event = e;
    }
    e.begin();
    begun = true;
    return true;
  }

  /**
   * Ends the event begun by this call, unless no running recording can keep it ({@link EventGate});
   * call just after the agent's own clock read.
   *
   * @param durationNanos the call's duration by the agent's clock
   * @return the ended event, whose fields the caller fills before {@code shouldCommit()} and {@code
   *     commit()}; null when the call began none or its end was skipped. Every field must be
   *     written: the object is reused.
   */
  public OperationEvent end(long durationNanos) {
    if (!begun) {
      return null;
    }
    begun = false;
    return EventGate.endOperation(event, durationNanos);
  }
}
