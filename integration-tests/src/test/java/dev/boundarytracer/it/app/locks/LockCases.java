package dev.boundarytracer.it.app.locks;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;

/**
 * One operation per kind of critical section. Each call spins {@link #OUTSIDE_NANOS} without the
 * lock, then holds a designated lock for {@link #HELD_NANOS} of spinning (30 % of the phase). Each
 * adds its ground truth to {@link Truth}.
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
    new HeldTimeException();
    Truth.reset();
  }

  @BoundaryOperation("sync_block")
  static void syncBlock() {
    syncBlockPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void syncBlockPhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    synchronized (Locks.MONITOR) {
      Truth.innerNanos += Spin.spin(HELD_NANOS);
    }
    Truth.outerNanos += System.nanoTime() - outer;
  }

  @BoundaryOperation("sync_method")
  static void syncMethod() {
    syncMethodPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void syncMethodPhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    Truth.innerNanos += Locks.INSTANCE.guard.work(HELD_NANOS);
    Truth.outerNanos += System.nanoTime() - outer;
  }

  @BoundaryOperation("reentrant_lock")
  static void reentrantLock() {
    reentrantLockPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void reentrantLockPhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    Locks.REENTRANT.lock();
    try {
      Truth.innerNanos += Spin.spin(HELD_NANOS);
    } finally {
      Locks.REENTRANT.unlock();
    }
    Truth.outerNanos += System.nanoTime() - outer;
  }

  /** The same monitor taken twice, a ReentrantLock twice inside it: one hold, two acquisitions. */
  @BoundaryOperation("reentry")
  static void reentry() {
    reentryPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void reentryPhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
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
      Truth.innerNanos += System.nanoTime() - start;
    }
    Truth.outerNanos += System.nanoTime() - outer;
  }

  /** {@code wait()} inside the critical section: the time waiting does not count as held. */
  @BoundaryOperation("wait_inside")
  static void waitInside() throws InterruptedException {
    waitInsidePhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void waitInsidePhase() throws InterruptedException {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    long waited;
    synchronized (Locks.MONITOR) {
      Truth.innerNanos += Spin.spin(HELD_NANOS / 2);
      long w = System.nanoTime();
      Locks.MONITOR.wait(2);
      waited = System.nanoTime() - w;
      Truth.innerNanos += Spin.spin(HELD_NANOS / 2);
    }
    Truth.outerNanos += System.nanoTime() - outer - waited;
  }

  /** {@code Condition.awaitNanos} inside the critical section. */
  @BoundaryOperation("await_inside")
  static void awaitInside() throws InterruptedException {
    awaitInsidePhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void awaitInsidePhase() throws InterruptedException {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    long waited;
    Locks.CONDITIONED.lock();
    try {
      Truth.innerNanos += Spin.spin(HELD_NANOS / 2);
      long w = System.nanoTime();
      Locks.CONDITION.awaitNanos(2_000_000);
      waited = System.nanoTime() - w;
      Truth.innerNanos += Spin.spin(HELD_NANOS / 2);
    } finally {
      Locks.CONDITIONED.unlock();
    }
    Truth.outerNanos += System.nanoTime() - outer - waited;
  }

  /** An exception leaves the synchronized block (the compiler's exception-path monitorexit). */
  @BoundaryOperation("exception_inside")
  static void exceptionInside() {
    exceptionInsidePhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void exceptionInsidePhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    try {
      synchronized (Locks.MONITOR) {
        Truth.innerNanos += Spin.spin(HELD_NANOS);
        throw new HeldTimeException();
      }
    } catch (HeldTimeException e) {
      Truth.outerNanos += System.nanoTime() - outer;
    }
  }

  @BoundaryOperation("rw_lock")
  static void rwLock() {
    rwLockPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void rwLockPhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    Locks.RW.writeLock().lock();
    try {
      Truth.innerNanos += Spin.spin(HELD_NANOS / 2);
      Locks.RW.readLock().lock();
      try {
        Truth.innerNanos += Spin.spin(HELD_NANOS / 2);
      } finally {
        Locks.RW.readLock().unlock();
      }
    } finally {
      Locks.RW.writeLock().unlock();
    }
    Truth.outerNanos += System.nanoTime() - outer;
  }

  /** A lock designated by configuration ({@code boundary.lock}), not by annotation. */
  @BoundaryOperation("configured")
  static void configured() {
    configuredPhase();
  }

  @BoundaryPhase(value = Phase.CONVERT, lock = LockUse.RELEASED)
  static void configuredPhase() {
    Spin.spin(OUTSIDE_NANOS);
    long outer = System.nanoTime();
    if (Locks.REENTRANT.tryLock()) {
      Locks.REENTRANT.unlock();
    }
    synchronized (Locks.CONFIGURED) {
      Truth.innerNanos += Spin.spin(HELD_NANOS);
    }
    Truth.outerNanos += System.nanoTime() - outer;
  }

  /** Leaves the critical section by throwing. */
  static final class HeldTimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeldTimeException() {
      super(null, null, false, false);
    }
  }
}
