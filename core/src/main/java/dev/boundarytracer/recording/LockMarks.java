package dev.boundarytracer.recording;

import dev.boundarytracer.locks.LockThreadState;
import java.util.Arrays;

/**
 * The thread's cumulative lock figures at the entry of each running operation (or phase), by
 * nesting depth, and the difference taken at its exit. Held time includes the ongoing hold, so a
 * hold spanning an entry or exit is split exactly there.
 *
 * <p>Owned by one {@link ThreadState}; not thread-safe. Allocates only when nesting grows.
 */
final class LockMarks {
  private long[] held = new long[8];
  private long[] wait = new long[8];
  private long[] acquired = new long[8];
  private long[] released = new long[8];

  /** Results of the last {@link #take}. */
  long heldNanos;

  long waitNanos;
  long acquisitions;
  long releases;

  /** Remembers the figures at entry of the frame at {@code depth}. */
  void mark(int depth, LockThreadState locks, long nowNanos) {
    if (depth >= held.length) {
      int n = Math.max(depth + 1, held.length * 2);
      held = Arrays.copyOf(held, n);
      wait = Arrays.copyOf(wait, n);
      acquired = Arrays.copyOf(acquired, n);
      released = Arrays.copyOf(released, n);
    }
    if (locks == null) {
      held[depth] = 0;
      wait[depth] = 0;
      acquired[depth] = 0;
      released[depth] = 0;
    } else {
      held[depth] = locks.heldNanos(nowNanos);
      wait[depth] = locks.waitNanos();
      acquired[depth] = locks.acquisitions();
      released[depth] = locks.releases();
    }
  }

  /** Sets the result fields to what happened since {@link #mark} of the frame at {@code depth}. */
  void take(int depth, LockThreadState locks, long nowNanos) {
    if (locks == null || depth >= held.length) {
      heldNanos = 0;
      waitNanos = 0;
      acquisitions = 0;
      releases = 0;
      return;
    }
    heldNanos = Math.max(0, locks.heldNanos(nowNanos) - held[depth]);
    waitNanos = Math.max(0, locks.waitNanos() - wait[depth]);
    acquisitions = Math.max(0, locks.acquisitions() - acquired[depth]);
    releases = Math.max(0, locks.releases() - released[depth]);
  }
}
