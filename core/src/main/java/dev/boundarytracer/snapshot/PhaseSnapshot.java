package dev.boundarytracer.snapshot;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;

/**
 * Aggregated calls of one phase of one operation.
 *
 * @param phase the phase, not null
 * @param lock {@link LockUse#HELD} or {@link LockUse#RELEASED} (never DEFAULT): the declaration in
 *     force for most calls
 * @param count calls recorded, >= 0
 * @param errors calls that ended by throwing, 0..count
 * @param nanos wall-time distribution of the calls
 * @param parallelism what the calls handed to other threads, never null ({@link Parallelism#NONE})
 * @param locks measured use of the designated locks, never null ({@link LockUsage#NONE} when none)
 * @param perOperation the phase's totals within one operation call, never null ({@link
 *     PhasePerOperation#NONE})
 * @param costFit the fixed cost per operation call and cost per document, never null ({@link
 *     CostFit#NONE} when every call had the same document count)
 */
public record PhaseSnapshot(
    Phase phase,
    LockUse lock,
    long count,
    long errors,
    DurationStats nanos,
    Parallelism parallelism,
    LockUsage locks,
    PhasePerOperation perOperation,
    CostFit costFit) {

  public PhaseSnapshot {
    parallelism = parallelism == null ? Parallelism.NONE : parallelism;
    locks = locks == null ? LockUsage.NONE : locks;
    perOperation = perOperation == null ? PhasePerOperation.NONE : perOperation;
    costFit = costFit == null ? CostFit.NONE : costFit;
  }

  /** A phase without per-operation totals or a cost fit. */
  public PhaseSnapshot(
      Phase phase,
      LockUse lock,
      long count,
      long errors,
      DurationStats nanos,
      Parallelism parallelism,
      LockUsage locks) {
    this(phase, lock, count, errors, nanos, parallelism, locks, null, null);
  }

  /** A phase that handed nothing to other threads, without lock measurement. */
  public PhaseSnapshot(Phase phase, LockUse lock, long count, long errors, DurationStats nanos) {
    this(phase, lock, count, errors, nanos, Parallelism.NONE, LockUsage.NONE, null, null);
  }

  /**
   * Task CPU time over this phase's wall time (see {@link Parallelism#cpuToWallRatio}).
   *
   * @return the ratio, >= 0
   */
  public double taskCpuToWallRatio() {
    return parallelism.cpuToWallRatio(nanos.sumNanos());
  }

  /**
   * Measured share of the phase's working time (wall minus lock wait) with a designated lock held.
   *
   * @return 0..1, 0 when not measured
   */
  public double measuredHeldRatio() {
    return locks.heldRatio(nanos.sumNanos());
  }
}
