package dev.boundarytracer.locks;

import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.jfr.LockHoldEvent;
import dev.boundarytracer.jfr.LockStatisticsEvent;

/**
 * The lock events: {@code dev.boundarytracer.LockHold} from the hot path (allocated only while a
 * recording enables it) and {@code dev.boundarytracer.LockStatistics} from JFR's periodic hook.
 */
public final class LockJfr {
  private static final LockHoldEvent PROBE = new LockHoldEvent();

  private LockJfr() {}

  /**
   * @return true while a recording has {@code dev.boundarytracer.LockHold} enabled
   */
  static boolean holdEnabled() {
    return PROBE.isEnabled();
  }

  /** Ends a hold event; JFR drops it when shorter than the threshold. */
  static void commitHold(LockHoldEvent e, int lockId, long holdNanos) {
    e.end();
    if (e.shouldCommit()) {
      e.lock = LockRegistry.nameOf(lockId);
      e.commit();
    }
  }

  /**
   * Emits one statistics event per designated lock; registered as a periodic event.
   *
   * @param locks the aggregator whose intervals the events report, not null
   */
  public static void emitStatistics(LockAggregator locks) {
    try {
      for (LockInterval interval : locks.drainIntervals()) {
        LockStatisticsEvent e = new LockStatisticsEvent();
        e.lock = interval.name();
        e.intervalUtilization = interval.intervalUtilization();
        e.utilization = interval.utilization();
        e.acquisitions = interval.acquisitions();
        e.commit();
      }
    } catch (RuntimeException e) {
      SuppressedErrors.record(e);
    }
  }
}
