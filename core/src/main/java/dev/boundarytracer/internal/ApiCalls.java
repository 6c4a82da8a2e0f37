package dev.boundarytracer.internal;

import dev.boundarytracer.jfr.EventProbes;
import dev.boundarytracer.jfr.PhaseEvent;
import dev.boundarytracer.recording.Aggregator;
import dev.boundarytracer.recording.OperationRegistry;
import dev.boundarytracer.recording.ThreadState;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public API ({@code BoundaryContext}, {@code BoundaryTracer}, {@code BoundaryMetrics})
 * does when the agent runs: each method is reached through the agent's bridge, whose signatures
 * name only JDK types, so that every copy of the API jar, in any class loader, reaches this one
 * recorder.
 *
 * <p>The data handed back to the API is self-describing ({@code Map}s with the key names below), so
 * an API jar of another version reads what it knows and ignores the rest.
 */
public final class ApiCalls {
  private ApiCalls() {}

  /** {@code BoundaryContext.setParallel}: the innermost operation on this thread, if any. */
  public static void setParallel(boolean parallel) {
    ThreadState state = ThreadState.currentIfActive();
    if (state != null) {
      state.setParallel(parallel);
    }
  }

  /** {@code BoundaryContext.recordLockRelease}: the innermost operation on this thread, if any. */
  public static void recordLockRelease() {
    ThreadState state = ThreadState.currentIfActive();
    if (state != null) {
      state.recordLockRelease();
    }
  }

  /** {@code BoundaryContext.setDocCount}: negative values are ignored. */
  public static void setDocCount(long docs) {
    ThreadState state = ThreadState.currentIfActive();
    if (state != null && docs >= 0) {
      state.setDocCount(docs);
    }
  }

  /**
   * The id a {@code BoundaryTracer} records its operation under.
   *
   * @param operation the operation's name, not blank
   * @return the id, >= 0 (the overflow entry's once {@code maxOperations} names are taken)
   */
  public static int operationId(String operation) {
    return OperationRegistry.idOf(operation);
  }

  /**
   * Begins a JFR phase event for a {@code BoundaryTracer} phase.
   *
   * @return the event to pass to {@link #phaseEnd}, or null while no recording wants phase events
   */
  public static Object phaseBegin() {
    if (!EventProbes.phaseEnabled()) {
      return null;
    }
    PhaseEvent event = new PhaseEvent();
    event.begin();
    return event;
  }

  /**
   * Commits the event {@link #phaseBegin} returned; does nothing for null.
   *
   * @param event what {@link #phaseBegin} returned
   * @param operation the operation's name
   * @param phase the phase's enum name
   * @param docs documents known when the phase ended
   * @param lockUse {@code HELD} or {@code RELEASED}
   */
  public static void phaseEnd(
      Object event, String operation, String phase, long docs, String lockUse) {
    if (event instanceof PhaseEvent e) {
      e.operation = operation;
      e.phase = phase;
      e.docs = docs;
      e.lockUse = lockUse;
      e.commit();
    }
  }

  /**
   * Records a whole operation a {@code BoundaryTracer} measured, on the calling thread.
   *
   * @param operationId from {@link #operationId}
   * @param startNanos {@link System#nanoTime()} at its start
   * @param durationNanos wall time, >= 0
   * @param phaseNanos per phase ordinal, summed wall time, negative for a phase that never ran
   * @param phaseHeld per phase ordinal, whether it held the lock
   * @param docs documents, >= 0
   * @param releases lock releases, >= 0
   * @param parallel whether convert ran in parallel
   */
  public static void finish(
      int operationId,
      long startNanos,
      long durationNanos,
      long[] phaseNanos,
      boolean[] phaseHeld,
      long docs,
      long releases,
      boolean parallel) {
    ThreadState.current()
        .recordCompleted(
            operationId,
            startNanos,
            durationNanos,
            phaseNanos,
            phaseHeld,
            docs,
            releases,
            parallel);
  }

  /**
   * Every operation recorded so far, sorted by name. Each map has {@code name} (String), {@code
   * count}, {@code errors}, {@code docs}, {@code lockReleases}, {@code parallelCount}, {@code
   * lockHeldNanos} (Long), {@code totalNanos} (a {@code long[]} of count, sum, min, max in
   * nanoseconds) and {@code phases}: a list of maps with {@code phase} (the enum name), {@code
   * count}, {@code errors} and {@code nanos} (the same {@code long[]} shape).
   *
   * @return a new list, never null
   */
  public static List<Map<String, Object>> operations() {
    List<OperationSnapshot> snapshots = Aggregator.snapshot();
    List<Map<String, Object>> out = new ArrayList<>(snapshots.size());
    for (OperationSnapshot o : snapshots) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", o.name());
      m.put("count", o.count());
      m.put("errors", o.errors());
      m.put("docs", o.docs());
      m.put("lockReleases", o.lockReleases());
      m.put("parallelCount", o.parallelCount());
      m.put("lockHeldNanos", o.lockHeldNanos());
      m.put("totalNanos", totals(o.totalNanos()));
      List<Map<String, Object>> phases = new ArrayList<>(o.phases().size());
      for (PhaseSnapshot p : o.phases()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("phase", p.phase().name());
        pm.put("count", p.count());
        pm.put("errors", p.errors());
        pm.put("nanos", totals(p.nanos()));
        phases.add(pm);
      }
      m.put("phases", phases);
      out.add(m);
    }
    return out;
  }

  /** {@code BoundaryMetrics.reset}: forgets everything recorded so far; recording goes on. */
  public static void reset() {
    Aggregator.reset();
  }

  private static long[] totals(DurationStats d) {
    return new long[] {d.count(), d.sumNanos(), d.minNanos(), d.maxNanos()};
  }
}
