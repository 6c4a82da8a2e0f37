package dev.boundarytracer.recording;

import dev.boundarytracer.jfr.PhaseEvent;

/**
 * The JFR part of a phase frame: one event object per nesting depth, created the first time a
 * recording has the event enabled and reused after that (begin, end and commit set what they use).
 *
 * <p>Only accessed by the owning thread.
 */
final class PhaseEventSlot {
  private PhaseEvent event;
  private boolean begun;

  /** Begins the event for a call; creates it on first use. */
  void begin() {
    PhaseEvent e = event;
    if (e == null) {
      e = new PhaseEvent();
      event = e;
    }
    e.begin();
    begun = true;
  }

  /** Marks the call as not recorded by JFR. */
  void skip() {
    begun = false;
  }

  /**
   * Ends the event of a call begun with {@link #begin}.
   *
   * @return the ended event, or null when the call was not begun
   */
  PhaseEvent end() {
    if (!begun) {
      return null;
    }
    begun = false;
    PhaseEvent e = event;
    e.end();
    return e;
  }
}
