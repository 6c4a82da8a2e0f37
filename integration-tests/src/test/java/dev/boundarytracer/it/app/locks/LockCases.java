package dev.boundarytracer.it.app.locks;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;

/**
 * One operation per kind of critical section. Each call spins {@link #OUTSIDE_NANOS} without the
 * lock, then holds a designated lock for {@link #HELD_NANOS} of spinning (30 % of the phase). Each
 * method returns the ground truth, the nanoseconds the thread really spun inside the critical
 * section, timed from inside it.
 */
final class LockCases {
  static final long OUTSIDE_NANOS = 7_000_000;
  static final long HELD_NANOS = 3_000_000;

  private LockCases() {}

  /**
   * Loads and initialises what the cases use (classes, the agent's per-thread state, the JIT's
   * first compilations) outside any operation, so that one-time costs do not land in the first
   * measured critical section.
   */
  static void warmUp() {
    for (int i = 0; i < 200; i++) {
      Spin.spin(1_000);
      synchronized (Locks.MONITOR) {
        Spin.spin(100);
      }
      Locks.REENTRANT.lock();
      Locks.REENTRANT.unlock();
    }
    new HeldTimeException(0);
  }

  @BoundaryOperation("sync_block")
  static long syncBlock() {
    return syncBlockPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long syncBlockPhase() {
    Spin.spin(OUTSIDE_NANOS);
    synchronized (Locks.MONITOR) {
      return Spin.spin(HELD_NANOS);
    }
  }

  @BoundaryOperation("sync_method")
  static long syncMethod() {
    return syncMethodPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long syncMethodPhase() {
    Spin.spin(OUTSIDE_NANOS);
    return Locks.INSTANCE.guard.work(HELD_NANOS);
  }

  @BoundaryOperation("reentrant_lock")
  static long reentrantLock() {
    return reentrantLockPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long reentrantLockPhase() {
    Spin.spin(OUTSIDE_NANOS);
    Locks.REENTRANT.lock();
    try {
      return Spin.spin(HELD_NANOS);
    } finally {
      Locks.REENTRANT.unlock();
    }
  }

  /** The same monitor taken three levels deep: one acquisition, one hold. */
  @BoundaryOperation("reentry")
  static long reentry() {
    return reentryPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long reentryPhase() {
    Spin.spin(OUTSIDE_NANOS);
    synchronized (Locks.MONITOR) {
      long start = System.nanoTime();
      Spin.spin(HELD_NANOS / 3);
      synchronized (Locks.MONITOR) {
        Spin.spin(HELD_NANOS / 3);
        Locks.REENTRANT.lock();
        Locks.REENTRANT.lock();
        Locks.REENTRANT.unlock();
        Locks.REENTRANT.unlock();
      }
      Spin.spin(HELD_NANOS / 3);
      return System.nanoTime() - start;
    }
  }

  /** {@code wait()} inside the critical section: the 2 ms of waiting do not count as held. */
  @BoundaryOperation("wait_inside")
  static long waitInside() throws InterruptedException {
    return waitInsidePhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long waitInsidePhase() throws InterruptedException {
    Spin.spin(OUTSIDE_NANOS);
    synchronized (Locks.MONITOR) {
      long held = Spin.spin(HELD_NANOS / 2);
      Locks.MONITOR.wait(2);
      held += Spin.spin(HELD_NANOS / 2);
      return held;
    }
  }

  /** {@code Condition.awaitNanos} inside the critical section. */
  @BoundaryOperation("await_inside")
  static long awaitInside() throws InterruptedException {
    return awaitInsidePhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long awaitInsidePhase() throws InterruptedException {
    Spin.spin(OUTSIDE_NANOS);
    Locks.CONDITIONED.lock();
    try {
      long held = Spin.spin(HELD_NANOS / 2);
      Locks.CONDITION.awaitNanos(2_000_000);
      held += Spin.spin(HELD_NANOS / 2);
      return held;
    } finally {
      Locks.CONDITIONED.unlock();
    }
  }

  /** An exception leaves the synchronized block (the compiler's exception-path monitorexit). */
  @BoundaryOperation("exception_inside")
  static long exceptionInside() {
    return exceptionInsidePhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long exceptionInsidePhase() {
    Spin.spin(OUTSIDE_NANOS);
    try {
      synchronized (Locks.MONITOR) {
        long held = Spin.spin(HELD_NANOS);
        throw new HeldTimeException(held);
      }
    } catch (HeldTimeException e) {
      return e.heldNanos;
    }
  }

  @BoundaryOperation("rw_lock")
  static long rwLock() {
    return rwLockPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long rwLockPhase() {
    Spin.spin(OUTSIDE_NANOS);
    Locks.RW.writeLock().lock();
    try {
      long held = Spin.spin(HELD_NANOS / 2);
      Locks.RW.readLock().lock();
      try {
        held += Spin.spin(HELD_NANOS / 2);
      } finally {
        Locks.RW.readLock().unlock();
      }
      return held;
    } finally {
      Locks.RW.writeLock().unlock();
    }
  }

  /** A lock designated by configuration ({@code boundary.lock}), not by annotation. */
  @BoundaryOperation("configured")
  static long configured() {
    return configuredPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static long configuredPhase() {
    Spin.spin(OUTSIDE_NANOS);
    if (Locks.REENTRANT.tryLock()) {
      Locks.REENTRANT.unlock();
    }
    synchronized (Locks.CONFIGURED) {
      return Spin.spin(HELD_NANOS);
    }
  }

  /** Carries the held time out of the critical section. */
  static final class HeldTimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long heldNanos;

    HeldTimeException(long heldNanos) {
      super(null, null, false, false);
      this.heldNanos = heldNanos;
    }
  }
}
