package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryLock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The demo's GIL analogue: ONE lock shared by all workers that serialises the phases touching
 * application objects (extract, materialize; and convert in the contended and mislabeled profiles).
 * Designated with {@link BoundaryLock}, so the agent measures its hold and wait times instead of
 * trusting the phases' declarations. It also keeps its own held time for the demo's scaling table,
 * so that table needs no agent.
 */
public final class GilLock {
  // One lock for the whole process, as an interpreter's GIL is; a static field, so that an agent
  // attached to a running demo reads and designates it too.
  @BoundaryLock("gil")
  private static final ReentrantLock lock = new ReentrantLock();

  // Written only by the thread holding the lock; read after the workers have been joined.
  private long heldSinceNanos;
  private long heldNanos;

  /** Blocks until the calling thread holds the lock. */
  public void acquire() {
    lock.lock();
    if (lock.getHoldCount() == 1) {
      heldSinceNanos = System.nanoTime();
    }
  }

  /** Releases the lock; the calling thread must hold it. */
  public void release() {
    if (lock.getHoldCount() == 1) {
      heldNanos += System.nanoTime() - heldSinceNanos;
    }
    lock.unlock();
  }

  /**
   * Summed time any thread held the lock, by the demo's own clock. Call it after the threads that
   * used the lock have been joined (which makes their writes visible); it does not take the lock,
   * so that the caller does not count as one of its users.
   *
   * @return nanoseconds
   */
  public long heldNanos() {
    return heldNanos;
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
