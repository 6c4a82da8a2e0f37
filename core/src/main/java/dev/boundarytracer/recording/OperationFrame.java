package dev.boundarytracer.recording;

import dev.boundarytracer.jfr.OperationEventSlot;

/**
 * One running operation on a thread's stack: reused call after call at its nesting depth.
 *
 * <p>Only accessed by the owning {@link ThreadState}'s thread.
 */
final class OperationFrame {
  int operationId;
  long startNanos;

  /** Declared held time of its phases so far. */
  long heldNanos;

  /** Explicit lock releases and calls of releasing phases so far. */
  long releases;

  /** Documents: the largest count known so far, >= 0. */
  long docs;

  /** The thread's allocated bytes at entry. */
  long allocatedAtStart;

  boolean parallel;

  /** The JFR part: the reused event of this depth. */
  final OperationEventSlot event = new OperationEventSlot();

  /** The lock part: measured figures between entry and exit. */
  final LockMark locks = new LockMark();
}
