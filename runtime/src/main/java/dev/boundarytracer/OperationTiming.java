package dev.boundarytracer;

import java.util.Locale;

/**
 * The timing of one finished operation measured with a {@link BoundaryTracer}: an immutable value.
 *
 * @param operation the operation's name
 * @param docCount documents the operation moved, >= 0
 * @param totalNanos wall time from the tracer's creation to {@link BoundaryTracer#finish()}
 * @param phaseNanos summed wall time per phase, indexed by {@link Phase#ordinal()}; -1 for a phase
 *     that never ran. Copied in and out, so the value stays immutable.
 * @param phaseLock lock use per phase ({@code HELD} or {@code RELEASED}), by ordinal; copied in and
 *     out
 * @param lockReleases explicit lock releases recorded, >= 0
 * @param parallel whether the convert phase was marked parallel
 */
public record OperationTiming(
    String operation,
    long docCount,
    long totalNanos,
    long[] phaseNanos,
    LockUse[] phaseLock,
    long lockReleases,
    boolean parallel) {

  public OperationTiming {
    phaseNanos = phaseNanos.clone();
    phaseLock = phaseLock.clone();
  }

  /**
   * @return summed wall time per phase by ordinal, -1 for phases that never ran; a copy
   */
  @Override
  public long[] phaseNanos() {
    return phaseNanos.clone();
  }

  /**
   * @return lock use per phase by ordinal; a copy
   */
  @Override
  public LockUse[] phaseLock() {
    return phaseLock.clone();
  }

  /**
   * A phase's summed wall time.
   *
   * @param phase the phase
   * @return nanoseconds, or -1 when the phase never ran
   */
  public long nanos(Phase phase) {
    return phaseNanos[phase.ordinal()];
  }

  /**
   * Share of the wall time spent in phases that hold the lock.
   *
   * @return 0..1
   */
  public double lockHeldRatio() {
    long held = 0;
    for (Phase p : Phase.values()) {
      if (phaseNanos[p.ordinal()] > 0 && phaseLock[p.ordinal()] == LockUse.HELD) {
        held += phaseNanos[p.ordinal()];
      }
    }
    return totalNanos == 0 ? 0.0 : Math.min(1.0, (double) held / totalNanos);
  }

  /**
   * Wall time per document.
   *
   * @return nanoseconds per document, 0 without documents
   */
  public double perDocNanos() {
    return docCount == 0 ? 0.0 : (double) totalNanos / docCount;
  }

  /**
   * The one-operation report, in microseconds, e.g.
   *
   * <pre>
   * insert_many (1000 docs, 8.32 µs/doc):
   *   Extract: 823 µs (lock held)
   *   Convert: 4521 µs (lock released, parallel)
   *   Network: 2103 µs (lock released)
   *   Materialize: 875 µs (lock held)
   *   Total: 8322 µs (lock held 20.4 %, at most 4.9x from more threads)
   * </pre>
   *
   * @return the report, lines separated by {@code \n}
   */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "%s (%d docs, %.2f µs/doc):%n", operation, docCount, perDocNanos() / 1e3));
    for (Phase p : Phase.values()) {
      long n = phaseNanos[p.ordinal()];
      if (n < 0) {
        continue;
      }
      boolean held = phaseLock[p.ordinal()] == LockUse.HELD;
      String parallelNote = p == Phase.CONVERT && parallel ? ", parallel" : "";
      b.append(
          String.format(
              Locale.ROOT,
              "  %s: %d µs (lock %s%s)%n",
              p.label(),
              Math.round(n / 1e3),
              held ? "held" : "released",
              parallelNote));
    }
    double f = lockHeldRatio();
    String ceiling =
        f == 0.0
            ? "no lock ceiling"
            : String.format(Locale.ROOT, "at most %.1fx from more threads", 1.0 / f);
    b.append(
        String.format(
            Locale.ROOT,
            "  Total: %d µs (lock held %.1f %%, %s)",
            Math.round(totalNanos / 1e3),
            f * 100,
            ceiling));
    return b.toString().replace(System.lineSeparator(), "\n");
  }
}
