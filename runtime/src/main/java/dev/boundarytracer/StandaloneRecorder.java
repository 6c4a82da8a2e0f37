package dev.boundarytracer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The process-wide figures of {@link BoundaryTracer} operations when no agent runs: what {@link
 * BoundaryMetrics} reads then. Exact totals only (count, sum, min, max), kept per operation name.
 *
 * <p>Thread-safe: every method holds this class's lock. A {@link BoundaryTracer#finish()} already
 * allocates its result, so one short lock per finished operation is in proportion; with the agent
 * the agent's lock-free recorder is used instead.
 */
final class StandaloneRecorder {
  private static final Phase[] PHASES = Phase.values();
  private static final Map<String, Totals> BY_NAME = new TreeMap<>();

  private StandaloneRecorder() {}

  /**
   * Adds one finished operation.
   *
   * @param timing what the tracer measured, not null
   */
  static synchronized void record(OperationTiming timing) {
    BY_NAME.computeIfAbsent(timing.operation(), n -> new Totals()).add(timing);
  }

  /**
   * @return every operation recorded since the start or the last {@link #reset()}, by name
   */
  static synchronized List<OperationMetrics> operations() {
    List<OperationMetrics> out = new ArrayList<>(BY_NAME.size());
    BY_NAME.forEach((name, totals) -> out.add(totals.metrics(name)));
    return out;
  }

  /** Forgets everything recorded so far. */
  static synchronized void reset() {
    BY_NAME.clear();
  }

  /** The running totals of one operation; guarded by the class's lock. */
  private static final class Totals {
    private long count;
    private long docs;
    private long lockReleases;
    private long parallelCount;
    private long lockHeldNanos;
    private final Durations total = new Durations();
    private final Durations[] phases = new Durations[PHASES.length];

    void add(OperationTiming t) {
      count++;
      docs += t.docCount();
      lockReleases += t.lockReleases();
      parallelCount += t.parallel() ? 1 : 0;
      total.add(t.totalNanos());
      LockUse[] lock = t.phaseLock();
      for (Phase p : PHASES) {
        long nanos = t.nanos(p);
        if (nanos < 0) {
          continue;
        }
        if (phases[p.ordinal()] == null) {
          phases[p.ordinal()] = new Durations();
        }
        phases[p.ordinal()].add(nanos);
        if (lock[p.ordinal()] == LockUse.HELD) {
          lockHeldNanos += nanos;
        }
      }
    }

    OperationMetrics metrics(String name) {
      List<PhaseMetrics> ran = new ArrayList<>();
      for (Phase p : PHASES) {
        Durations d = phases[p.ordinal()];
        if (d != null) {
          ran.add(new PhaseMetrics(p, d.count, 0, d.totals()));
        }
      }
      return new OperationMetrics(
          name, count, 0, docs, lockReleases, parallelCount, lockHeldNanos, total.totals(), ran);
    }
  }

  /** Count, sum, min and max of durations in nanoseconds; guarded by the class's lock. */
  private static final class Durations {
    private long count;
    private long sumNanos;
    private long minNanos = Long.MAX_VALUE;
    private long maxNanos;

    void add(long nanos) {
      count++;
      sumNanos += nanos;
      minNanos = Math.min(minNanos, nanos);
      maxNanos = Math.max(maxNanos, nanos);
    }

    DurationTotals totals() {
      return count == 0
          ? DurationTotals.EMPTY
          : new DurationTotals(count, sumNanos, minNanos, maxNanos);
    }
  }
}
