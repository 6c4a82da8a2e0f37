package dev.boundarytracer.jmc.recording;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.ItemFilters;

/**
 * The designated locks of a recording: each lock's utilization since its first acquisition from its
 * latest {@code LockStatistics} event, and the threads that used it from the {@code LockHold}
 * events of that lock and the phase and operation calls that acquired a designated lock.
 */
final class RecordedLocks {
  /** Scale of the synthetic active time that carries a utilization into a {@link LockSnapshot}. */
  private static final long ACTIVE_NANOS = 1_000_000_000_000L;

  private RecordedLocks() {}

  static List<LockSnapshot> read(IItemCollection items) {
    Map<String, Double> utilization = new TreeMap<>();
    Map<String, long[]> acquisitions = new TreeMap<>();
    Map<String, Long> latestEnd = new TreeMap<>();
    for (IItemIterable iterable :
        items.apply(ItemFilters.type(BoundaryEventTypes.LOCK_STATISTICS))) {
      EventFields f = new EventFields(iterable.getType());
      EventFields.Field lock = f.field("lock");
      EventFields.Field util = f.field("utilization");
      EventFields.Field acquired = f.field("acquisitions");
      for (IItem item : iterable) {
        String name = lock.asString(item);
        long end = f.endEpochNanos(item);
        acquisitions.computeIfAbsent(name, k -> new long[1])[0] += acquired.asLong(item);
        if (end >= latestEnd.getOrDefault(name, Long.MIN_VALUE)) {
          latestEnd.put(name, end);
          utilization.put(name, util.asDouble(item));
        }
      }
    }
    if (utilization.isEmpty()) {
      return List.of();
    }
    Set<Long> anyLockThreads = threadsThatAcquired(items);
    List<LockSnapshot> locks = new ArrayList<>();
    for (Map.Entry<String, Double> e : utilization.entrySet()) {
      Set<Long> threads = new HashSet<>(anyLockThreads);
      threads.addAll(holdThreads(items, e.getKey()));
      long held = Math.round(e.getValue() * ACTIVE_NANOS);
      locks.add(
          new LockSnapshot(
              e.getKey(),
              ACTIVE_NANOS,
              held,
              0,
              acquisitions.get(e.getKey())[0],
              threads.size(),
              DurationStats.EMPTY,
              DurationStats.EMPTY,
              List.of(),
              List.of()));
    }
    return locks;
  }

  /** Threads of phase and operation calls that acquired a designated lock. */
  private static Set<Long> threadsThatAcquired(IItemCollection items) {
    Set<Long> threads = new HashSet<>();
    for (String type : new String[] {BoundaryEventTypes.PHASE, BoundaryEventTypes.OPERATION}) {
      for (IItemIterable iterable : items.apply(ItemFilters.type(type))) {
        EventFields f = new EventFields(iterable.getType());
        EventFields.Field acquisitions = f.field("lockAcquisitions");
        for (IItem item : iterable) {
          if (acquisitions.asLong(item) > 0) {
            add(threads, f.thread(item));
          }
        }
      }
    }
    return threads;
  }

  private static Set<Long> holdThreads(IItemCollection items, String lockName) {
    Set<Long> threads = new HashSet<>();
    for (IItemIterable iterable : items.apply(ItemFilters.type(BoundaryEventTypes.LOCK_HOLD))) {
      EventFields f = new EventFields(iterable.getType());
      EventFields.Field lock = f.field("lock");
      for (IItem item : iterable) {
        if (lockName.equals(lock.asString(item))) {
          add(threads, f.thread(item));
        }
      }
    }
    return threads;
  }

  private static void add(Set<Long> threads, IMCThread thread) {
    if (thread != null && thread.getThreadId() != null) {
      threads.add(thread.getThreadId());
    }
  }
}
