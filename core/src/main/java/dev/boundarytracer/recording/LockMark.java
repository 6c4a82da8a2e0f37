package dev.boundarytracer.recording;

import dev.boundarytracer.locks.LockThreadState;

/**
 * The lock part of one running frame: the thread's cumulative lock figures when the frame was
 * entered, and what happened between that entry and its exit. Held time includes the ongoing hold,
 * so a hold spanning an entry or exit is split exactly there.
 *
 * <p>Only accessed by the thread that owns the frame. Allocates nothing.
 */
final class LockMark {
  private long heldAtEntry;
  private long waitAtEntry;
  private long acquiredAtEntry;
  private long releasedAtEntry;

  /** Results of the last {@link #take}. */
  long heldNanos;

  long waitNanos;
  long acquisitions;
  long releases;

  /** Remembers the figures at the frame's entry; {@code locks} null when the thread held none. */
  void mark(LockThreadState locks, long nowNanos) {
    if (locks == null) {
      heldAtEntry = 0;
      waitAtEntry = 0;
      acquiredAtEntry = 0;
      releasedAtEntry = 0;
    } else {
      heldAtEntry = locks.heldNanos(nowNanos);
      waitAtEntry = locks.waitNanos();
      acquiredAtEntry = locks.acquisitions();
      releasedAtEntry = locks.releases();
    }
  }

  /** Sets the result fields to what happened since {@link #mark}. */
  void take(LockThreadState locks, long nowNanos) {
    if (locks == null) {
      heldNanos = 0;
      waitNanos = 0;
      acquisitions = 0;
      releases = 0;
      return;
    }
    heldNanos = Math.max(0, locks.heldNanos(nowNanos) - heldAtEntry);
    waitNanos = Math.max(0, locks.waitNanos() - waitAtEntry);
    acquisitions = Math.max(0, locks.acquisitions() - acquiredAtEntry);
    releases = Math.max(0, locks.releases() - releasedAtEntry);
  }
}
