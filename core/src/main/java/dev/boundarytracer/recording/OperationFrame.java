package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import dev.boundarytracer.jfr.OperationEventSlot;
import dev.boundarytracer.parallel.PhaseWork;

/**
 * One running operation on a thread's stack: reused call after call at its nesting depth.
 *
 * <p>Only accessed by the owning {@link ThreadState}'s thread.
 */
final class OperationFrame {
  private static final int PHASES = Phase.values().length;

  int operationId;
  long startNanos;

  /** Declared held time of its phases so far. */
  long heldNanos;

  /**
   * Explicit lock releases and transitions to a released phase so far: a release is counted when
   * the lock goes from held (or another released phase) to a released phase, not at each call of
   * the same released phase.
   */
  long releases;

  /** The ordinal of the released phase entered last since the lock was last held, -1 while held. */
  int releasedPhase;

  /** Documents: the largest count known so far, >= 0. */
  long docs;

  /** The thread's allocated bytes at entry. */
  long allocatedAtStart;

  boolean parallel;

  /** Most threads the tasks of one convert call of the operation ran on (measured), 0 when none. */
  int convertThreads;

  /** Per phase ordinal: summed wall time of the phase on this thread within the call. */
  final long[] phaseNanos = new long[PHASES];

  /** Per phase ordinal: calls of the phase on this thread within the call. */
  final int[] phaseCalls = new int[PHASES];

  /**
   * The hand-off part: work the call handed to other threads outside any of its phases; null until
   * its first such task.
   */
  PhaseWork work;

  /** The JFR part: the reused event of this depth. */
  final OperationEventSlot event = new OperationEventSlot();

  /** The lock part: measured figures between entry and exit. */
  final LockMark locks = new LockMark();
}
