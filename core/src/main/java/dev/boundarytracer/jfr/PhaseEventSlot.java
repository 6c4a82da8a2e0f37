package dev.boundarytracer.jfr;

/**
 * The JFR part of one phase frame (one nesting depth of one thread): its {@link PhaseEvent},
 * created the first time a recording enables the event and reused call after call, and whether the
 * running call armed it. Only the frame's thread touches it.
 */
public final class PhaseEventSlot {
  private PhaseEvent event;
  private boolean begun;

  /**
   * Decides whether this call records the event (a recording enables it) and creates the event
   * object the first time; call just before the agent's own clock read, so that neither is
   * measured.
   */
  public void arm() {
    boolean enabled = EventProbes.phaseEnabled();
    if (enabled && event == null) {
      event = new PhaseEvent();
    }
    begun = enabled;
  }

  /**
   * Begins the armed event; call just after the agent's own clock read. With {@link #end} called
   * just after the closing clock read, the event's duration and the agent's differ only by the
   * difference of two like code paths.
   */
  public void begin() {
    if (begun) {
      event.begin();
    }
  }

  /**
   * Ends the event armed by this call, unless no running recording can keep it ({@link EventGate});
   * call just after the agent's own clock read.
   *
   * @param durationNanos the call's duration by the agent's clock
   * @return the ended event, whose fields the caller fills before {@code shouldCommit()} and {@code
   *     commit()}; null when the call began none or its end was skipped. Every field must be
   *     written: the object is reused.
   */
  public PhaseEvent end(long durationNanos) {
    if (!begun) {
      return null;
    }
    begun = false;
    long skipBelow = EventGate.phaseSkipBelowNanos;
    if (skipBelow > 0 && durationNanos < skipBelow) {
      return null;
    }
    event.end();
    return event;
  }
}
