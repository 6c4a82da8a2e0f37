package dev.boundarytracer.demo.bridge;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The demo's GIL analogue: ONE lock shared by all workers that serialises the phases touching
 * application objects (extract, materialize; and convert in the contended profile). Phases take it
 * inside their own method, so the time spent waiting for it counts as lock-held time.
 */
public final class GilLock {
  private final ReentrantLock lock = new ReentrantLock();

  /** Blocks until the calling thread holds the lock. */
  public void acquire() {
    lock.lock();
  }

  /** Releases the lock; the calling thread must hold it. */
  public void release() {
    lock.unlock();
  }

  /**
   * Whether the calling thread holds the lock.
   *
   * @return true while between {@link #acquire()} and {@link #release()}
   */
  public boolean isHeldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }
}
