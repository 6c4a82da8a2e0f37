package dev.boundarytracer.parallel;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A small fixed-capacity set of thread ids, for the distinct threads that ran one phase call's
 * work.
 *
 * <p>Thread-safe and lock-free: any thread may {@link #add} (compare-and-set into the first free
 * slot), any thread may read. Holds up to {@link #CAPACITY} ids; further ids are not stored and
 * {@link #size()} then stays at the capacity, which {@link #saturated()} reports.
 */
final class ThreadIdSet {
  /** Most distinct threads counted per phase call. */
  static final int CAPACITY = 64;

  private final AtomicLongArray slots = new AtomicLongArray(CAPACITY);
  private volatile boolean saturated;

  /**
   * Adds a thread id.
   *
   * @param threadId {@link Thread#getId()}, >= 0
   */
  void add(long threadId) {
    long value = threadId + 1; // 0 marks a free slot
    int start = (int) (threadId & (CAPACITY - 1));
    for (int i = 0; i < CAPACITY; i++) {
      int slot = (start + i) & (CAPACITY - 1);
      long current = slots.get(slot);
      if (current == value) {
        return;
      }
      // Only the thread itself adds its id, so a lost race is always against a different id.
      if (current == 0 && slots.compareAndSet(slot, 0, value)) {
        return;
      }
    }
    saturated = true;
  }

  /**
   * Distinct ids added.
   *
   * @return 0..{@link #CAPACITY}
   */
  int size() {
    int n = 0;
    for (int i = 0; i < CAPACITY; i++) {
      if (slots.get(i) != 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * @return true when more than {@link #CAPACITY} distinct ids were offered
   */
  boolean saturated() {
    return saturated;
  }

  /**
   * @param threadId a thread id
   * @return true when that id was added
   */
  boolean contains(long threadId) {
    long value = threadId + 1;
    for (int i = 0; i < CAPACITY; i++) {
      if (slots.get(i) == value) {
        return true;
      }
    }
    return false;
  }
}
