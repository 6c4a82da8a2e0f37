package dev.boundarytracer;

import java.util.List;

/**
 * Process-wide figures of one named operation, as {@link BoundaryMetrics} returns them: an
 * immutable value.
 *
 * @param name the operation's name, not null
 * @param count calls recorded, >= 0
 * @param errors calls that ended by throwing, 0..count
 * @param docs documents over all calls, >= 0
 * @param lockReleases lock releases over all calls, >= 0
 * @param parallelCount calls whose convert phase was marked (or, with the agent, measured)
 *     parallel, 0..count
 * @param lockHeldNanos summed wall time with the lock held, >= 0 (the agent's measured figure when
 *     a lock is designated)
 * @param totalNanos wall time of the calls, not null
 * @param phases the phases that ran, in {@link Phase} order; never null, copied
 */
public record OperationMetrics(
    String name,
    long count,
    long errors,
    long docs,
    long lockReleases,
    long parallelCount,
    long lockHeldNanos,
    DurationTotals totalNanos,
    List<PhaseMetrics> phases) {

  public OperationMetrics {
    phases = List.copyOf(phases);
  }

  /**
   * One phase's figures.
   *
   * @param phase the phase, not null
   * @return its figures, or null when the phase never ran in this operation
   */
  public PhaseMetrics phase(Phase phase) {
    for (PhaseMetrics p : phases) {
      if (p.phase() == phase) {
        return p;
      }
    }
    return null;
  }
}
