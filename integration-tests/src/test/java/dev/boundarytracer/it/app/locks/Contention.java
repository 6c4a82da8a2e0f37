package dev.boundarytracer.it.app.locks;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import java.util.concurrent.Semaphore;

/**
 * Two threads on one designated lock with a known schedule: in each round the holder takes the
 * lock, lets the waiter go, and spins {@link #HOLD_NANOS} with it; the waiter's attempt starts
 * right after and blocks until the holder releases, then holds the lock for {@link #AFTER_NANOS}.
 */
final class Contention {
  static final long HOLD_NANOS = 4_000_000;
  static final long AFTER_NANOS = 1_000_000;

  private final Semaphore holderHasLock = new Semaphore(0);
  private final Semaphore roundDone = new Semaphore(0);

  /** The holder's side of {@code rounds} rounds. */
  void hold(int rounds) throws InterruptedException {
    for (int i = 0; i < rounds; i++) {
      Locks.CONTENDED.lock();
      try {
        holderHasLock.release();
        Spin.spin(HOLD_NANOS);
      } finally {
        Locks.CONTENDED.unlock();
      }
      roundDone.acquire();
    }
  }

  /** The waiter's side. @return the waits it timed itself around {@code lock()}, summed */
  long await(int rounds) throws InterruptedException {
    long waited = 0;
    for (int i = 0; i < rounds; i++) {
      holderHasLock.acquire();
      waited += contended();
      roundDone.release();
    }
    return waited;
  }

  @BoundaryOperation("contended")
  static long contended() {
    return contendedPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.HELD)
  static long contendedPhase() {
    long start = System.nanoTime();
    Locks.CONTENDED.lock();
    long waited = System.nanoTime() - start;
    try {
      Spin.spin(AFTER_NANOS);
    } finally {
      Locks.CONTENDED.unlock();
    }
    return waited;
  }
}
