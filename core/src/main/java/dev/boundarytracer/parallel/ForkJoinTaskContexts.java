package dev.boundarytracer.parallel;

import java.lang.ref.WeakReference;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Which phase call a pending {@link ForkJoinTask} belongs to: a fixed-size, lock-free, weak,
 * identity-keyed table (ForkJoinTask has no spare field, and the JDK class is already loaded when
 * the agent starts, so none can be added).
 *
 * <p>An entry is added when a task is forked or submitted inside a phase call and taken out when
 * the task starts running. Entries whose task was collected or whose phase call has ended are
 * overwritten by later ones. Thread-safe. While the table is empty (no phase call has work pending
 * in a ForkJoinPool), {@link #take} costs one volatile read.
 */
public final class ForkJoinTaskContexts {
  private static final int SIZE = 1 << 12;
  private static final int MASK = SIZE - 1;
  private static final int MAX_PROBES = 32;

  private static final AtomicReferenceArray<Entry> SLOTS = new AtomicReferenceArray<>(SIZE);
  private static final AtomicInteger OCCUPIED = new AtomicInteger();
  private static final AtomicLong DROPPED = new AtomicLong();

  private ForkJoinTaskContexts() {}

  /**
   * Remembers that {@code task} belongs to {@code work}. Allocates one small weak entry.
   *
   * @param task a forked or submitted task, not null
   * @param work its phase call, not null
   */
  public static void associate(ForkJoinTask<?> task, PhaseWork work) {
    int hash = System.identityHashCode(task);
    Entry entry = null;
    for (int i = 0; i < MAX_PROBES; i++) {
      int slot = (hash + i) & MASK;
      Entry current = SLOTS.get(slot);
      if (current == null || current.get() == task || current.stale()) {
        if (entry == null) {
          entry = new Entry(task, work);
        }
        if (SLOTS.compareAndSet(slot, current, entry)) {
          if (current == null) {
            OCCUPIED.incrementAndGet();
          }
          return;
        }
        // Another thread took the slot first: probe on.
      }
    }
    DROPPED.incrementAndGet();
  }

  /**
   * Takes out the phase call of a task that starts running.
   *
   * @param task the task, not null
   * @return its phase call, or null when it has none (or it was already taken)
   */
  public static PhaseWork take(ForkJoinTask<?> task) {
    if (OCCUPIED.get() == 0) {
      return null;
    }
    int hash = System.identityHashCode(task);
    for (int i = 0; i < MAX_PROBES; i++) {
      int slot = (hash + i) & MASK;
      Entry current = SLOTS.get(slot);
      if (current != null && current.get() == task) {
        if (SLOTS.compareAndSet(slot, current, null)) {
          OCCUPIED.decrementAndGet();
          return current.work;
        }
        return null; // another thread took it
      }
    }
    return null;
  }

  /**
   * @return hand-offs not remembered because the table was full around the task's hash
   */
  public static long dropped() {
    return DROPPED.get();
  }

  private static final class Entry extends WeakReference<ForkJoinTask<?>> {
    final PhaseWork work;

    Entry(ForkJoinTask<?> task, PhaseWork work) {
      super(task);
      this.work = work;
    }

    boolean stale() {
      return work.closed() || get() == null;
    }
  }
}
