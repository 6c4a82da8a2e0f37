package dev.boundarytracer.agent.analyze;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

/** Small readers of recorded events that tolerate fields older agents did not write. */
final class Events {
  static final String PHASE = "dev.boundarytracer.Phase";
  static final String OPERATION = "dev.boundarytracer.Operation";
  static final String PHASE_STATISTICS = "dev.boundarytracer.PhaseStatistics";
  static final String LOCK_STATISTICS = "dev.boundarytracer.LockStatistics";
  static final String LOCK_HOLD = "dev.boundarytracer.LockHold";
  static final String RED_FLAG = "dev.boundarytracer.RedFlag";
  static final String CONFIGURATION = "dev.boundarytracer.Configuration";
  static final String PREFIX = "dev.boundarytracer.";

  private Events() {}

  /** Whether the event type has the field. */
  static boolean has(RecordedEvent e, String field) {
    return e.hasField(field);
  }

  /** The event's thread as {@code name #id}, or null when it has none. */
  static String thread(RecordedEvent e) {
    RecordedThread t = e.getThread();
    if (t == null) {
      return null;
    }
    String name = t.getJavaName();
    long id = t.getJavaThreadId();
    return name == null || name.isEmpty() ? "#" + id : name + " #" + id;
  }

  /** The event's Java thread id, or -1 when it has none. */
  static long threadId(RecordedEvent e) {
    RecordedThread t = e.getThread();
    return t == null ? -1 : t.getJavaThreadId();
  }
}
