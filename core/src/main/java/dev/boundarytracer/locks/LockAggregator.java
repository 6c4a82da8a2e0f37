package dev.boundarytracer.locks;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockHolder;
import dev.boundarytracer.snapshot.LockSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Merges every thread's lock recorders into immutable {@link LockSnapshot}s.
 *
 * <p>One instance belongs to each {@link dev.boundarytracer.recording.Recorder}; the agent's is
 * {@code Recorder.runtime().locks()}. Thread-safe: every method is synchronized on the instance.
 * Never called from the hot path except {@link #register} once per thread on its first hold of a
 * designated lock. Threads that have ended are drained one last time and dropped.
 */
public final class LockAggregator {
  private static final int TOP_HOLDERS = 5;
  private final List<LockThreadState> threads = new ArrayList<>();
  private LockTotals[] totals = new LockTotals[0];
  private Map<ThreadLockRecorder, long[]> baselines = new HashMap<>();
  private long lastIntervalNanos = System.nanoTime();
  private long resetAtNanos = Long.MIN_VALUE;

  /** An aggregator with no thread registered yet. */
  public LockAggregator() {}

  /**
   * Adds a thread's lock state to what this aggregator merges.
   *
   * @param state the calling thread's new state, not null
   * @return {@code state}
   */
  public synchronized LockThreadState register(LockThreadState state) {
    threads.add(state);
    return state;
  }

  /**
   * One entry per designated lock that was ever acquired, in designation order, without flags.
   * Holds still in progress count up to this moment, as they do for phases and operations.
   *
   * @return never null
   */
  public synchronized List<LockSnapshot> snapshot() {
    drain();
    long now = System.nanoTime();
    int n = LockRegistry.size();
    List<LockSnapshot> result = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      LockTotals t = totals(id);
      long held = t.retiredHeldNanos;
      long wait = t.retiredWaitNanos;
      long acquisitions = t.retiredAcquisitions;
      long first = t.firstAcquireNanos;
      long last = t.lastReleaseNanos;
      Map<String, long[]> holders = new HashMap<>();
      t.retiredHolders.forEach((k, v) -> holders.put(k, v.clone()));
      for (LockThreadState s : threads) {
        ThreadLockRecorder r = recorderOf(s, id);
        if (r != null) {
          long[] c = sinceReset(r);
          long open = r.openSinceNanos;
          if (open != 0) {
            long since = Math.max(open, resetAtNanos);
            c[0] += Math.max(0, now - since);
            first = Math.min(first, since);
            last = now;
          }
          held += c[0];
          wait += c[1];
          acquisitions += c[2];
          first = Math.min(first, r.firstAcquireNanos);
          last = Math.max(last, r.lastReleaseNanos);
          addHolder(holders, threadName(s.thread), c);
        }
      }
      if (acquisitions == 0) {
        continue;
      }
      long active = last > first ? last - first : 0;
      result.add(
          new LockSnapshot(
              LockRegistry.nameOf(id),
              active,
              held,
              wait,
              acquisitions,
              (int) holders.values().stream().filter(v -> v[1] > 0).count(),
              stats(t.holds, held),
              stats(t.waits, wait),
              top(holders),
              List.of()));
    }
    return result;
  }

  /**
   * Per lock, the share of the time since the previous call during which it was held, and the
   * acquisitions in that time, for the periodic {@code LockStatistics} event. Both shares cover
   * time since the lock's first acquisition only, and count holds in progress up to this moment:
   * the interval share over the part of the interval after the first acquisition, the cumulative
   * share over all of it.
   *
   * @return one entry per designated lock acquired at least once, never null
   */
  public synchronized List<LockInterval> drainIntervals() {
    drain();
    long intervalStart = lastIntervalNanos;
    List<LockSnapshot> locks = snapshotUnlocked();
    long now = System.nanoTime();
    lastIntervalNanos = now;
    List<LockInterval> result = new ArrayList<>();
    for (LockSnapshot s : locks) {
      int id = idOf(s.name());
      long first = firstAcquireNanos(id);
      long elapsed = Math.max(1, now - Math.max(intervalStart, first));
      LockTotals t = totals(id);
      long heldDelta = s.heldNanos() - t.lastIntervalHeldNanos;
      long acquiredDelta = s.acquisitions() - t.lastIntervalAcquisitions;
      t.lastIntervalHeldNanos = s.heldNanos();
      t.lastIntervalAcquisitions = s.acquisitions();
      result.add(
          new LockInterval(
              s.name(),
              Math.min(1.0, Math.max(0.0, (double) heldDelta / elapsed)),
              acquiredDelta,
              Math.min(1.0, (double) s.heldNanos() / Math.max(1, now - first))));
    }
    return result;
  }

  /** Forgets everything recorded so far; holds in progress count from now on. */
  public synchronized void reset() {
    drain();
    resetAtNanos = System.nanoTime();
    for (LockTotals t : totals) {
      t.reset();
    }
    baselines = new HashMap<>();
    for (LockThreadState s : threads) {
      for (ThreadLockRecorder r : s.recorders()) {
        if (r != null) {
          baselines.put(r, new long[] {r.heldNanos, r.waitNanos, r.acquisitions});
          r.firstAcquireNanos = Long.MAX_VALUE;
        }
      }
    }
  }

  private List<LockSnapshot> snapshotUnlocked() {
    return snapshot();
  }

  /** The first acquisition of a lock since the last reset, over live and ended threads. */
  private long firstAcquireNanos(int id) {
    long first = totals(id).firstAcquireNanos;
    for (LockThreadState s : threads) {
      ThreadLockRecorder r = recorderOf(s, id);
      if (r != null) {
        first = Math.min(first, r.firstAcquireNanos);
      }
    }
    return first;
  }

  private int idOf(String name) {
    for (int id = 0; id < LockRegistry.size(); id++) {
      if (LockRegistry.nameOf(id).equals(name)) {
        return id;
      }
    }
    return -1;
  }

  private void drain() {
    for (Iterator<LockThreadState> it = threads.iterator(); it.hasNext(); ) {
      LockThreadState s = it.next();
      boolean ended = !s.thread.isAlive();
      for (ThreadLockRecorder r : s.recorders()) {
        if (r == null) {
          continue;
        }
        LockTotals t = totals(r.lockId);
        t.holds.add(r.holds.getIntervalHistogram());
        t.waits.add(r.waits.getIntervalHistogram());
        if (ended) {
          long[] c = sinceReset(r);
          t.retiredHeldNanos += c[0];
          t.retiredWaitNanos += c[1];
          t.retiredAcquisitions += c[2];
          t.firstAcquireNanos = Math.min(t.firstAcquireNanos, r.firstAcquireNanos);
          t.lastReleaseNanos = Math.max(t.lastReleaseNanos, r.lastReleaseNanos);
          addHolder(t.retiredHolders, threadName(s.thread), c);
          baselines.remove(r);
        }
      }
      if (ended) {
        it.remove();
      }
    }
  }

  private long[] sinceReset(ThreadLockRecorder r) {
    long[] c = {r.heldNanos, r.waitNanos, r.acquisitions};
    long[] base = baselines.get(r);
    if (base != null) {
      for (int i = 0; i < c.length; i++) {
        c[i] -= base[i];
      }
    }
    return c;
  }

  private ThreadLockRecorder recorderOf(LockThreadState s, int id) {
    ThreadLockRecorder[] rs = s.recorders();
    return id < rs.length ? rs[id] : null;
  }

  private void addHolder(Map<String, long[]> holders, String thread, long[] c) {
    long[] h = holders.computeIfAbsent(thread, k -> new long[2]);
    h[0] += c[0];
    h[1] += c[2];
  }

  private List<LockHolder> top(Map<String, long[]> holders) {
    return holders.entrySet().stream()
        .filter(e -> e.getValue()[1] > 0)
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(TOP_HOLDERS)
        .map(e -> new LockHolder(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** The thread's name and id (names need not be unique; unnamed virtual threads have none). */
  @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same number
  static String threadName(Thread t) {
    String name = t.getName();
    return (name == null || name.isEmpty() ? "" : name + " ") + "#" + t.getId();
  }

  private LockTotals totals(int id) {
    if (id >= totals.length) {
      LockTotals[] grown = Arrays.copyOf(totals, Math.max(id + 1, LockRegistry.size()));
      for (int i = totals.length; i < grown.length; i++) {
        grown[i] = new LockTotals();
      }
      totals = grown;
    }
    return totals[id];
  }

  /** Percentiles from the histogram (within 1 %), the sum exact from the counters. */
  private DurationStats stats(Histogram h, long sumNanos) {
    long n = h.getTotalCount();
    if (n == 0) {
      return DurationStats.EMPTY;
    }
    long min = h.getMinValue();
    long max = h.getMaxValue();
    return new DurationStats(
        n,
        sumNanos,
        min,
        h.getValueAtPercentile(50),
        h.getValueAtPercentile(90),
        h.getValueAtPercentile(99),
        max);
  }
}
