package dev.boundarytracer.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.snapshot.LockSnapshot;
import org.junit.jupiter.api.Test;

/**
 * A hold still in progress counts in the lock figures up to the moment they are taken, and the
 * periodic interval share and the cumulative share cover the same time: since the lock's first
 * acquisition, up to the event.
 */
class OpenHoldTest {
  private static final long HELD_FOR_NANOS = 50_000_000;

  @Test
  void holdInProgressCountsUpToTheSnapshotAndBothSharesAgree() {
    // Other tests drive thread states with small fixed lock ids: keep clear of them.
    while (LockRegistry.size() < 16) {
      LockRegistry.designate(new Object(), "open-hold-unused-" + LockRegistry.size());
    }
    Object lock = new Object();
    LockRegistry.designate(lock, "open-hold");
    int id = LockRegistry.lockIdOf(lock);
    LockAggregator aggregator = new LockAggregator();
    LockThreadState state = LockThreadState.forCurrentThread(aggregator);
    state.prepare(id);
    long acquiredAt = System.nanoTime() - HELD_FOR_NANOS;
    state.beforeAcquire(id, acquiredAt);
    state.acquired(id, acquiredAt, true);
    try {
      LockSnapshot snapshot = find(aggregator.snapshot());
      assertEquals(1, snapshot.acquisitions());
      assertTrue(snapshot.heldNanos() >= HELD_FOR_NANOS, "held " + snapshot.heldNanos());
      assertTrue(snapshot.utilization() > 0.99, "utilization " + snapshot.utilization());

      LockInterval interval = null;
      for (LockInterval i : aggregator.drainIntervals()) {
        if (i.name().equals("open-hold")) {
          interval = i;
        }
      }
      assertTrue(interval != null, "an interval for the lock");
      // Held all the time since its first acquisition: both shares are 1, however long before
      // that acquisition the interval started.
      assertTrue(interval.utilization() > 0.99, interval.toString());
      assertTrue(interval.intervalUtilization() > 0.99, interval.toString());
    } finally {
      state.released(id, System.nanoTime());
    }
    LockSnapshot closed = find(aggregator.snapshot());
    assertTrue(closed.heldNanos() >= HELD_FOR_NANOS, "held " + closed.heldNanos());
    assertTrue(closed.utilization() > 0.99, "utilization " + closed.utilization());
  }

  private static LockSnapshot find(Iterable<LockSnapshot> locks) {
    for (LockSnapshot s : locks) {
      if (s.name().equals("open-hold")) {
        return s;
      }
    }
    throw new AssertionError("no open-hold lock in " + locks);
  }
}
