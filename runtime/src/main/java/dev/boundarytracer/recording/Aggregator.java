package dev.boundarytracer.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.locks.LockAggregator;
import dev.boundarytracer.parallel.ParallelTotals;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhasePerOperation;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Merges what every thread recorded into immutable {@link OperationSnapshot}s.
 *
 * <p>Thread-safe: every method is synchronized on the class. Never called from woven advice, except
 * {@link #register} once per thread on its first recording. Threads that have ended are drained one
 * last time and dropped, so their data stays and their memory goes: at every snapshot, and from
 * {@link #register} whenever the number of registered threads has doubled.
 */
public final class Aggregator {
  private static final Phase[] PHASES = Phase.values();
  private static final List<ThreadState> THREADS = new ArrayList<>();
  private static final int MIN_DRAIN_THREADS = 256;
  private static int drainAtThreads = MIN_DRAIN_THREADS;
  private static OperationTotals[] totals = new OperationTotals[0];
  private static boolean intervalsWanted;
  private static long resetAtNanos = Long.MIN_VALUE;

  private Aggregator() {}

  static synchronized ThreadState register(ThreadState state) {
    THREADS.add(state);
    if (THREADS.size() >= drainAtThreads) {
      // Many short threads (virtual threads above all) would otherwise keep one recorder each
      // until the next snapshot: fold the ended ones in whenever the list has doubled since the
      // last drain, so memory follows the live threads at amortised constant cost per thread.
      drain();
      drainAtThreads = Math.max(MIN_DRAIN_THREADS, 2 * THREADS.size());
    }
    return state;
  }

  /**
   * A snapshot of every operation recorded so far, sorted by name, without red flags.
   *
   * @return never null
   */
  public static synchronized List<OperationSnapshot> snapshot() {
    drain();
    int n = OperationRegistry.size();
    OperationCounters[] sums = new OperationCounters[n];
    for (int id = 0; id < n; id++) {
      sums[id] = totals(id).retired.copy();
    }
    boolean[] inexact = new boolean[n];
    for (int id = 0; id < n; id++) {
      inexact[id] = totals(id).minMaxInexact;
    }
    for (ThreadState s : THREADS) {
      for (ThreadOperationRecorder r : s.recorders()) {
        if (r != null) {
          sums[r.operationId].add(sinceReset(r));
          inexact[r.operationId] |= r.minMaxStale;
        }
      }
    }
    List<OperationSnapshot> result = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      OperationCounters c = sums[id];
      if (c.count > 0 || anyPhase(c)) {
        result.add(toSnapshot(OperationRegistry.nameOf(id), c, totals(id), !inexact[id]));
      }
    }
    result.sort(Comparator.comparing(OperationSnapshot::name));
    return result;
  }

  /**
   * Starts keeping per-phase interval histograms for {@link #drainIntervals()}; until called,
   * nothing is kept for them. Called when JFR initialises.
   */
  public static synchronized void startIntervals() {
    if (!intervalsWanted) {
      drain();
      intervalsWanted = true;
    }
  }

  /**
   * The per-phase histograms recorded since the previous call (or since {@link #startIntervals()}),
   * for periodic statistics.
   *
   * @return one entry per (operation, phase) with calls in the interval; never null, empty before
   *     {@link #startIntervals()}
   */
  public static synchronized List<PhaseInterval> drainIntervals() {
    List<PhaseInterval> result = new ArrayList<>();
    if (intervalsWanted) {
      drain();
      for (int id = 0; id < totals.length; id++) {
        Histogram[] intervals = totals[id].phaseIntervals;
        for (int p = 0; p < intervals.length; p++) {
          if (intervals[p].getTotalCount() > 0) {
            result.add(
                new PhaseInterval(OperationRegistry.nameOf(id), PHASES[p], intervals[p].copy()));
            intervals[p].reset();
          }
        }
      }
    }
    return result;
  }

  /**
   * Forgets everything recorded so far; recording goes on. Throughput afterwards counts from the
   * reset; the largest allocation of one call is the only figure kept from before.
   */
  public static synchronized void reset() {
    LockAggregator.reset();
    drain();
    resetAtNanos = System.nanoTime();
    ParallelTotals.reset();
    for (OperationTotals t : totals) {
      t.reset();
    }
    for (ThreadState s : THREADS) {
      for (ThreadOperationRecorder r : s.recorders()) {
        if (r != null) {
          r.resetBaseline = r.counters.copy();
          r.minMaxStale = true;
        }
      }
    }
  }

  private static void drain() {
    for (Iterator<ThreadState> it = THREADS.iterator(); it.hasNext(); ) {
      ThreadState s = it.next();
      boolean ended = s.thread != null && !s.thread.isAlive();
      for (ThreadOperationRecorder r : s.recorders()) {
        if (r != null) {
          OperationTotals t = totals(r.operationId);
          r.drainInto(t.total, t.phases, intervalsWanted ? t.phaseIntervals : null);
          if (ended) {
            t.retired.add(sinceReset(r));
            t.minMaxInexact |= r.minMaxStale;
          }
        }
      }
      if (ended) {
        it.remove();
      }
    }
  }

  /** A recorder's counters since the last reset; min and max dropped when they are stale. */
  private static OperationCounters sinceReset(ThreadOperationRecorder r) {
    OperationCounters c = r.counters.copy();
    c.subtract(r.resetBaseline);
    if (r.minMaxStale) {
      c.clearMinMax();
    }
    return c;
  }

  private static OperationTotals totals(int id) {
    if (id >= totals.length) {
      OperationTotals[] grown = java.util.Arrays.copyOf(totals, OperationRegistry.size());
      for (int i = totals.length; i < grown.length; i++) {
        grown[i] = new OperationTotals();
      }
      totals = grown;
    }
    return totals[id];
  }

  private static boolean anyPhase(OperationCounters c) {
    for (long n : c.phaseCount) {
      if (n > 0) {
        return true;
      }
    }
    return false;
  }

  private static OperationSnapshot toSnapshot(
      String name, OperationCounters c, OperationTotals t, boolean exactMinMax) {
    LockSource lockSource = LockUsages.source(c);
    List<PhaseSnapshot> phases = new ArrayList<>();
    for (Phase phase : PHASES) {
      int i = phase.ordinal();
      if (c.phaseCount[i] > 0) {
        LockUse lock = c.phaseHeldCount[i] * 2 >= c.phaseCount[i] ? LockUse.HELD : LockUse.RELEASED;
        phases.add(
            new PhaseSnapshot(
                phase,
                lock,
                c.phaseCount[i],
                c.phaseErrors[i],
                stats(
                    c.phaseCount[i],
                    c.phaseNanos[i],
                    c.phaseMinNanos[i],
                    c.phaseMaxNanos[i],
                    exactMinMax,
                    t.phases[i]),
                ParallelTotals.of(OperationRegistry.idOf(name), phase),
                LockUsages.phase(c, i, lockSource, lock == LockUse.HELD),
                new PhasePerOperation(c.phaseOps[i], c.phaseOpNanos[i], c.phaseOpMaxNanos[i]),
                c.phaseCost[i].fit()));
      }
    }
    long firstStart = Math.max(c.firstStartNanos, resetAtNanos);
    long active = c.count == 0 || c.lastEndNanos < firstStart ? 0 : c.lastEndNanos - firstStart;
    LockUsage lockUsage = LockUsages.operation(c, lockSource);
    boolean measured = lockUsage.measured();
    return new OperationSnapshot(
        name,
        c.count,
        c.errors,
        c.docs,
        measured ? lockUsage.heldNanos() : c.lockHeldNanos,
        measured ? lockUsage.releases() : c.lockReleases,
        c.parallelCount,
        c.allocatedBytesSum,
        c.allocatedBytesMax,
        active,
        stats(c.count, c.totalNanos, c.minNanos, c.maxNanos, exactMinMax, t.total),
        phases,
        List.of(),
        lockUsage,
        c.allocationUnmeasured);
  }

  /**
   * Count, sum, min and max are exact; percentiles come from the histogram and are kept within the
   * exact min and max. After a reset, min and max of threads that recorded before it cannot be told
   * apart, so the histogram's are used.
   */
  private static DurationStats stats(
      long count, long sumNanos, long exactMin, long exactMax, boolean exactWanted, Histogram h) {
    if (count == 0 || h.getTotalCount() == 0) {
      return new DurationStats(count, sumNanos, 0, 0, 0, 0, 0);
    }
    boolean exact = exactWanted && exactMin <= exactMax;
    long min = exact ? exactMin : h.getMinValue();
    long max = exact ? exactMax : h.getMaxValue();
    return new DurationStats(
        count,
        sumNanos,
        min,
        clamp(h.getValueAtPercentile(50), min, max),
        clamp(h.getValueAtPercentile(90), min, max),
        clamp(h.getValueAtPercentile(99), min, max),
        max);
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }
}
