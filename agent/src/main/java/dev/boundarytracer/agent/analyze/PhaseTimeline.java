package dev.boundarytracer.agent.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which (operation, phase) each thread was working for at each moment: the intervals of the phase
 * calls on their own threads and of the tasks they handed off on the threads that ran them. Where
 * intervals nest (a phase's thread running one of its tasks itself, a task inside a task), the
 * innermost one wins. Fill with {@link #add}, then {@link #seal} before {@link #at}.
 */
final class PhaseTimeline {
  /** One interval on one thread; nanoseconds since the epoch. */
  record Interval(long startNanos, long endNanos, String operation, String phase, boolean task) {}

  private final Map<Long, List<Interval>> byThread = new HashMap<>();
  private final Map<Long, Interval[]> sorted = new HashMap<>();
  private final Map<Long, long[]> maxEndUpTo = new HashMap<>();

  void add(long threadId, Interval interval) {
    byThread.computeIfAbsent(threadId, k -> new ArrayList<>()).add(interval);
  }

  boolean isEmpty() {
    return byThread.isEmpty();
  }

  void seal() {
    for (Map.Entry<Long, List<Interval>> e : byThread.entrySet()) {
      Interval[] a = e.getValue().toArray(new Interval[0]);
      Arrays.sort(a, Comparator.comparingLong(Interval::startNanos));
      long[] maxEnd = new long[a.length];
      long m = Long.MIN_VALUE;
      for (int i = 0; i < a.length; i++) {
        m = Math.max(m, a[i].endNanos());
        maxEnd[i] = m;
      }
      sorted.put(e.getKey(), a);
      maxEndUpTo.put(e.getKey(), maxEnd);
    }
    byThread.clear();
  }

  /**
   * The innermost interval of the thread containing the instant.
   *
   * @return the interval, or null when the thread did no recorded phase's work then
   */
  Interval at(long threadId, long nanos) {
    Interval[] a = sorted.get(threadId);
    if (a == null) {
      return null;
    }
    long[] maxEnd = maxEndUpTo.get(threadId);
    int lo = 0;
    int hi = a.length - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid].startNanos() <= nanos) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Latest start first: the innermost containing interval; stop once nothing earlier reaches t.
    for (int i = last; i >= 0 && maxEnd[i] >= nanos; i--) {
      if (a[i].endNanos() >= nanos) {
        return a[i];
      }
    }
    return null;
  }
}
