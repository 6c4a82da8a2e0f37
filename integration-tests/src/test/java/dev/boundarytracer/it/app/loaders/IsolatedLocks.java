package dev.boundarytracer.it.app.loaders;

import dev.boundarytracer.BoundaryLock;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock cases and an executor hand-off, run {@link #CALLS} times each by whichever class loader
 * defined this class: a synchronized block, a synchronized method and a {@code ReentrantLock}, each
 * designated by {@code @BoundaryLock} and held 200 µs per call in extract; a convert phase that
 * hands one task to a two-thread pool and waits for it.
 */
public final class IsolatedLocks implements Runnable {
  /** Calls of each operation. */
  public static final int CALLS = 50;

  /** Time each call spins inside the lock (and each handed-off task spins), nanoseconds. */
  public static final long HOLD_NANOS = 200_000;

  @BoundaryLock("isolated_monitor")
  static final Object MONITOR = new Object();

  @BoundaryLock("isolated_holder")
  static final Holder HOLDER = new Holder();

  @BoundaryLock("isolated_reentrant")
  static final ReentrantLock LOCK = new ReentrantLock();

  private static volatile long sink;

  @Override
  public void run() {
    ExecutorService pool =
        new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    try {
      for (int i = 0; i < CALLS; i++) {
        syncBlock();
        syncMethod();
        reentrant();
        handOff(pool);
      }
    } finally {
      pool.shutdown();
    }
  }

  @BoundaryOperation("isolated_sync_block")
  static void syncBlock() {
    extractInBlock();
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extractInBlock() {
    synchronized (MONITOR) {
      spin(HOLD_NANOS);
    }
  }

  @BoundaryOperation("isolated_sync_method")
  static void syncMethod() {
    extractInMethod();
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extractInMethod() {
    HOLDER.hold();
  }

  @BoundaryOperation("isolated_reentrant")
  static void reentrant() {
    extractWithLock();
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extractWithLock() {
    LOCK.lock();
    try {
      spin(HOLD_NANOS);
    } finally {
      LOCK.unlock();
    }
  }

  @BoundaryOperation("isolated_hand_off")
  static void handOff(ExecutorService pool) {
    convertOnPool(pool);
  }

  @BoundaryPhase(Phase.CONVERT)
  static void convertOnPool(ExecutorService pool) {
    Future<?> task = pool.submit(() -> spin(HOLD_NANOS));
    try {
      task.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void spin(long nanos) {
    long start = System.nanoTime();
    long x = 0;
    while (System.nanoTime() - start < nanos) {
      x++;
    }
    sink = x;
  }

  /** A class with a synchronized method whose monitor is the designated object. */
  static final class Holder {
    synchronized void hold() {
      spin(HOLD_NANOS);
    }
  }
}
