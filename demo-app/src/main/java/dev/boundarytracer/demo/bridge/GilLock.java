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

  private final double holdShare;
  // When each thread last released the lock: its work since then, without the lock, sets how long
  // it works under the lock next (see holdShare).
  private final ThreadLocal<long[]> releasedAtNanos = ThreadLocal.withInitial(() -> new long[1]);

  // Written only by the thread holding the lock; read after the workers have been joined.
  private long heldSinceNanos;
  private long minHoldNanos;
  private long heldNanos;

  /** A lock whose holds last as long as the work under them. */
  public GilLock() {
    this(0.0);
  }

  /**
   * A lock under which each holder also validates what it touched, as a cautious driver does: each
   * hold lasts at least {@code holdShare} times the work the thread did without the lock since its
   * previous release (time spent waiting for the lock not counted). With a share of 2 a thread
   * holds the lock for two thirds of its working time, so two threads already keep it busy all the
   * time.
   *
   * @param holdShare 0 for no validation, > 0 otherwise
   */
  public GilLock(double holdShare) {
    this.holdShare = holdShare;
  }

  /** Blocks until the calling thread holds the lock. */
  public void acquire() {
    acquire(holdShare);
  }

  /**
   * Blocks until the calling thread holds the lock, and keeps this hold for at least {@code share}
   * times the work the thread did without the lock since its previous release (the lock's own share
   * when that is larger).
   *
   * @param share 0 for no minimum, > 0 otherwise
   */
  public void acquire(double share) {
    long requestedAt = System.nanoTime();
    lock.lock();
    if (lock.getHoldCount() == 1) {
      heldSinceNanos = System.nanoTime();
      long releasedAt = releasedAtNanos.get()[0];
      double s = Math.max(share, holdShare);
      minHoldNanos = s > 0 && releasedAt != 0 ? (long) ((requestedAt - releasedAt) * s) : 0;
    }
  }

  /** Releases the lock; the calling thread must hold it. */
  public void release() {
    if (lock.getHoldCount() == 1) {
      workUntil(heldSinceNanos + minHoldNanos);
      long now = System.nanoTime();
      heldNanos += now - heldSinceNanos;
      releasedAtNanos.get()[0] = now;
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

  private static volatile long validated;

  /** Busy work (never a sleep, which would not be work under the lock) until the deadline. */
  private static void workUntil(long deadlineNanos) {
    long checks = 0;
    while (System.nanoTime() - deadlineNanos < 0) {
      checks++;
    }
    validated = checks;
  }
}
