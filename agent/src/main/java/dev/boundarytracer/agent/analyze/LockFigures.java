package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockHolder;
import dev.boundarytracer.snapshot.LockSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jdk.jfr.consumer.RecordedEvent;

/**
 * The designated locks, from {@code dev.boundarytracer.LockStatistics} (acquisitions summed,
 * utilization since the start from the last event, active time from the first to the last period
 * with acquisitions; with one designated lock and every operation recorded, the measured {@code
 * Operation} events' held time, acquisitions and span instead, which the last period may miss) and
 * {@code dev.boundarytracer.LockHold} (holds above its threshold, 1 ms by default: the hold
 * distribution and the top holders count those holds only). Threads are those of {@code Operation}
 * and {@code Phase} events that acquired a designated lock. Waits per acquisition are not recorded
 * per lock. Not thread-safe.
 */
final class LockFigures {
  private final Map<String, Lock> locks = new LinkedHashMap<>();
  private final Set<Long> acquiringThreads = new TreeSet<>();
  private long operationAcquisitions;
  private long operationHeldNanos;
  private long operationFirstNanos = Long.MAX_VALUE;
  private long operationLastNanos = Long.MIN_VALUE;

  /** Reads a {@code LockStatistics} or {@code LockHold} event. */
  void add(RecordedEvent e) {
    String type = e.getEventType().getName();
    if (type.equals(Events.LOCK_STATISTICS)) {
      Lock lock = lock(e.getString("lock"));
      long n = e.getLong("acquisitions");
      lock.acquisitions += n;
      lock.utilization = e.getDouble("utilization");
      if (n > 0) {
        long end = Instants.nanos(e.getEndTime());
        long periodStart = end - 1_000_000_000L;
        lock.firstNanos = Math.min(lock.firstNanos, periodStart);
        lock.lastNanos = Math.max(lock.lastNanos, end);
      }
    } else if (type.equals(Events.LOCK_HOLD)) {
      Lock lock = lock(e.getString("lock"));
      long held = e.getDuration().toNanos();
      lock.holds.add(held);
      String thread = Events.thread(e);
      if (thread != null) {
        lock.holders.computeIfAbsent(thread, k -> new long[2]);
        lock.holders.get(thread)[0] += held;
        lock.holders.get(thread)[1]++;
      }
    }
  }

  /** Notes the thread of an Operation or Phase event that acquired a designated lock. */
  void addAcquiringThread(RecordedEvent e) {
    if (e.hasField("lockAcquisitions") && e.getLong("lockAcquisitions") > 0) {
      acquiringThreads.add(Events.threadId(e));
    }
  }

  /**
   * Adds a measured {@code Operation} event: with one designated lock, the operations' held time,
   * acquisitions and span are that lock's (holds outside every operation aside).
   */
  void addOperation(RecordedEvent e) {
    if (!e.hasField("lockAcquisitions") || e.getLong("lockAcquisitions") == 0) {
      return;
    }
    operationAcquisitions += e.getLong("lockAcquisitions");
    operationHeldNanos += e.getLong("lockHeldTime");
    long start = Instants.nanos(e.getStartTime());
    operationFirstNanos = Math.min(operationFirstNanos, start);
    operationLastNanos = Math.max(operationLastNanos, Instants.nanos(e.getEndTime()));
  }

  /**
   * The locks' snapshots, without red flags.
   *
   * @param waitNanos the wait of the measured operations, summed, for the locks' wait total
   */
  List<LockSnapshot> snapshots(long waitNanos) {
    List<LockSnapshot> result = new ArrayList<>();
    for (Map.Entry<String, Lock> entry : locks.entrySet()) {
      Lock l = entry.getValue();
      long active = l.lastNanos > l.firstNanos ? l.lastNanos - l.firstNanos : 0;
      long held = Math.round(l.utilization * active);
      long acquisitions = l.acquisitions;
      if (locks.size() == 1 && operationAcquisitions >= acquisitions) {
        // Every call recorded: the operations' figures are exact where the periods miss the end.
        active = Math.max(0, operationLastNanos - operationFirstNanos);
        held = operationHeldNanos;
        acquisitions = operationAcquisitions;
      }
      List<LockHolder> top = new ArrayList<>();
      l.holders.entrySet().stream()
          .sorted(Comparator.comparingLong((Map.Entry<String, long[]> h) -> -h.getValue()[0]))
          .limit(5)
          .forEach(h -> top.add(new LockHolder(h.getKey(), h.getValue()[0], h.getValue()[1])));
      result.add(
          new LockSnapshot(
              entry.getKey(),
              active,
              held,
              locks.size() == 1 ? waitNanos : 0,
              acquisitions,
              Math.max(acquiringThreads.size(), l.holders.size()),
              l.holds.count() == 0 ? DurationStats.EMPTY : l.holds.stats(),
              DurationStats.EMPTY,
              top,
              List.of()));
    }
    return result;
  }

  private Lock lock(String name) {
    return locks.computeIfAbsent(name == null ? "" : name, k -> new Lock());
  }

  private static final class Lock {
    long acquisitions;
    double utilization;
    long firstNanos = Long.MAX_VALUE;
    long lastNanos = Long.MIN_VALUE;
    final DurationAccumulator holds = new DurationAccumulator();
    final Map<String, long[]> holders = new LinkedHashMap<>();
  }
}
