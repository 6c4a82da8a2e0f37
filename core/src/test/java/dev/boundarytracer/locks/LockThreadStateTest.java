package dev.boundarytracer.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Drives one thread's lock state with explicit timestamps (no clock involved). */
class LockThreadStateTest {
  private final LockThreadState s = LockThreadState.forCurrentThread(new LockAggregator());

  @Test
  void outermostHoldOnlyCountsReentryOnce() {
    s.beforeAcquire(0, 100);
    s.acquired(0, 150, true);
    s.acquired(0, 200, true);
    s.released(0, 300);
    assertEquals(1, s.acquisitions());
    assertEquals(50, s.waitNanos());
    assertEquals(0, s.releases());
    assertEquals(850, s.heldNanos(1000), "ongoing hold counts up to now");
    s.released(0, 1000);
    assertEquals(850, s.heldNanos(5000), "hold ended");
    assertEquals(1, s.releases());
  }

  @Test
  void waitPausesTheHoldWhateverTheDepth() {
    s.acquired(0, 0, false);
    s.acquired(0, 0, false);
    int saved = s.pause(0, 400);
    assertEquals(2, saved);
    assertEquals(400, s.heldNanos(900), "paused: not held");
    s.resume(0, saved, 1000);
    s.released(0, 1100);
    s.released(0, 1200);
    assertEquals(600, s.heldNanos(2000));
    assertEquals(1, s.acquisitions(), "resuming is not an acquisition");
    assertEquals(2, s.releases(), "the wait gave the lock up once");
    assertEquals(0, s.waitNanos(), "unobserved acquisition: no wait");
  }

  @Test
  void twoLocksHeldAtOnceCountOnceAndUnbalancedReleasesAreIgnored() {
    s.released(1, 10);
    s.acquired(0, 100, false);
    s.acquired(1, 200, false);
    s.released(0, 300);
    s.released(1, 500);
    s.released(1, 600);
    assertEquals(400, s.heldNanos(1000));
    assertEquals(2, s.acquisitions());
    assertEquals(1, s.releases());
    assertEquals(0, s.pause(1, 700), "not held: nothing to pause");
  }
}
