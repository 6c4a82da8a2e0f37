package dev.boundarytracer.locks;

import dev.boundarytracer.jfr.LockHoldEvent;
import java.util.Arrays;

/**
 * One thread's holds of the designated locks: which it holds and how deeply (re-entry), since when,
 * and its cumulative held time, wait time, acquisitions and releases.
 *
 * <p>Not thread-safe by design: only the owning thread calls the recording methods (through {@link
 * dev.boundarytracer.internal.LockSites}). The cumulative figures let phases and operations take
 * exact differences at entry and exit, so a hold that spans a phase boundary is split exactly.
 * "Held" means holding at least one designated lock; holding two at once counts once. Steady-state
 * calls allocate nothing (arrays grow when a new lock id is first used on this thread).
 */
public final class LockThreadState {
  final Thread thread;
  private int[] depth = new int[2];
  private long[] holdStartNanos = new long[2];
  private LockHoldEvent[] events = new LockHoldEvent[2];
  private volatile ThreadLockRecorder[] recorders = new ThreadLockRecorder[2];
  private long attemptStartNanos;
  private int heldLocks;
  private long anyHeldStartNanos;
  private long heldNanos;
  private long waitNanos;
  private long acquisitions;
  private long releases;

  LockThreadState(Thread thread) {
    this.thread = thread;
  }

  /**
   * A new state for the calling thread, registered with {@code aggregator}.
   *
   * @param aggregator what merges this thread's holds into reports, not null
   * @return never null
   */
  public static LockThreadState forCurrentThread(LockAggregator aggregator) {
    LockJfr.holdEnabled(); // loads the event class now, not inside the first hold
    return aggregator.register(new LockThreadState(Thread.currentThread()));
  }

  /**
   * Sets up what the thread needs to record lock {@code id} (done once per thread and lock), so
   * that the set-up is neither wait nor hold time: call it before reading the clock.
   */
  public void prepare(int id) {
    ensure(id);
    recorder(id);
  }

  /** The thread starts trying to take lock {@code id}. */
  public void beforeAcquire(int id, long nowNanos) {
    attemptStartNanos = nowNanos;
  }

  /**
   * The thread now holds lock {@code id}; only an outermost acquisition counts.
   *
   * @param observed false when the attempt was not seen ({@link #beforeAcquire} not called): the
   *     acquisition is counted, its wait is not
   */
  public void acquired(int id, long nowNanos, boolean observed) {
    ensure(id);
    if (depth[id]++ > 0) {
      return;
    }
    ThreadLockRecorder r = recorder(id);
    acquisitions++;
    if (observed) {
      long wait = Math.max(0, nowNanos - attemptStartNanos);
      waitNanos += wait;
      r.recordAcquisition(nowNanos, wait);
    } else {
      r.recordUnobservedAcquisition(nowNanos);
    }
    startHold(id, nowNanos);
  }

  /** The thread releases one level of lock {@code id}; unbalanced releases are ignored. */
  public void released(int id, long nowNanos) {
    if (id >= depth.length || depth[id] == 0) {
      return;
    }
    if (--depth[id] == 0) {
      endHold(id, nowNanos);
    }
  }

  /**
   * The thread gives lock {@code id} up while waiting ({@code Object.wait}, {@code
   * Condition.await}): the hold pauses whatever the depth.
   *
   * @return the depth to pass to {@link #resume}, 0 when the lock was not held
   */
  public int pause(int id, long nowNanos) {
    if (id >= depth.length || depth[id] == 0) {
      return 0;
    }
    int saved = depth[id];
    depth[id] = 0;
    endHold(id, nowNanos);
    return saved;
  }

  /** The thread holds lock {@code id} again after a wait, at the depth {@link #pause} returned. */
  public void resume(int id, int savedDepth, long nowNanos) {
    if (savedDepth <= 0) {
      return;
    }
    ensure(id);
    depth[id] = savedDepth;
    startHold(id, nowNanos);
  }

  /** Held time so far, the ongoing hold included. @return nanoseconds, >= 0 */
  public long heldNanos(long nowNanos) {
    return heldLocks > 0 ? heldNanos + Math.max(0, nowNanos - anyHeldStartNanos) : heldNanos;
  }

  /** Summed wait of all acquisitions so far. @return nanoseconds, >= 0 */
  public long waitNanos() {
    return waitNanos;
  }

  /** Outermost acquisitions so far. @return the count, >= 0 */
  public long acquisitions() {
    return acquisitions;
  }

  /** Times the thread stopped holding every designated lock, waits included. @return >= 0 */
  public long releases() {
    return releases;
  }

  ThreadLockRecorder[] recorders() {
    return recorders;
  }

  private void startHold(int id, long nowNanos) {
    holdStartNanos[id] = nowNanos;
    recorder(id).holdStarted(nowNanos);
    if (heldLocks++ == 0) {
      anyHeldStartNanos = nowNanos;
    }
    if (LockJfr.holdEnabled()) {
      LockHoldEvent e = new LockHoldEvent();
      e.begin();
      events[id] = e;
    }
  }

  private void endHold(int id, long nowNanos) {
    long hold = Math.max(0, nowNanos - holdStartNanos[id]);
    recorder(id).recordHold(nowNanos, hold);
    if (--heldLocks == 0) {
      heldNanos += Math.max(0, nowNanos - anyHeldStartNanos);
      releases++;
    }
    LockHoldEvent e = events[id];
    if (e != null) {
      events[id] = null;
      LockJfr.commitHold(e, id, hold);
    }
  }

  private void ensure(int id) {
    if (id >= depth.length) {
      int n = Math.max(id + 1, depth.length * 2);
      depth = Arrays.copyOf(depth, n);
      holdStartNanos = Arrays.copyOf(holdStartNanos, n);
      events = Arrays.copyOf(events, n);
    }
  }

  private ThreadLockRecorder recorder(int id) {
    ThreadLockRecorder[] rs = recorders;
    if (id < rs.length && rs[id] != null) {
      return rs[id];
    }
    rs = Arrays.copyOf(rs, Math.max(rs.length, id + 1));
    ThreadLockRecorder r = new ThreadLockRecorder(id);
    rs[id] = r;
    recorders = rs;
    return r;
  }
}
