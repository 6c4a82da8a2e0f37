package dev.boundarytracer.benchmarks;

import dev.boundarytracer.BoundaryLock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lock acquisitions around the same body, for the extra cost per acquisition. The class carries a
 * boundary annotation, so under the agent its lock sites are woven: the designated locks are
 * measured, the plain ones only pass the woven site's identity check.
 */
public final class Locked {
  @BoundaryLock("bench_lock")
  static final ReentrantLock DESIGNATED = new ReentrantLock();

  static final ReentrantLock PLAIN = new ReentrantLock();

  @BoundaryLock("bench_monitor")
  static final Object DESIGNATED_MONITOR = new Object();

  static final Object PLAIN_MONITOR = new Object();

  private Locked() {}

  /** {@code lock()}/{@code unlock()} of a designated {@code ReentrantLock} around the body. */
  public static void lockDesignated() {
    DESIGNATED.lock();
    try {
      Body.work();
    } finally {
      DESIGNATED.unlock();
    }
  }

  /** {@code lock()}/{@code unlock()} of a lock that is not designated, around the body. */
  public static void lockPlain() {
    PLAIN.lock();
    try {
      Body.work();
    } finally {
      PLAIN.unlock();
    }
  }

  /** A {@code synchronized} block on a designated monitor around the body. */
  public static void monitorDesignated() {
    synchronized (DESIGNATED_MONITOR) {
      Body.work();
    }
  }

  /** A {@code synchronized} block on a monitor that is not designated, around the body. */
  public static void monitorPlain() {
    synchronized (PLAIN_MONITOR) {
      Body.work();
    }
  }
}
