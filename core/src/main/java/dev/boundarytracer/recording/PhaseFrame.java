package dev.boundarytracer.recording;

import dev.boundarytracer.jfr.PhaseEventSlot;
import dev.boundarytracer.parallel.PhaseWork;

/**
 * One running phase on a thread's stack: reused call after call at its nesting depth.
 *
 * <p>Only accessed by the owning {@link ThreadState}'s thread, except {@link #work}, which other
 * threads reach through the {@link PhaseWork} object itself.
 */
final class PhaseFrame {
  /** The phase method, from {@link MethodRegistry}. */
  int methodId;

  /** The operation the phase is recorded under. */
  int operationId;

  /** The depth of the enclosing operation's frame on the stack, -1 for none. */
  int operationDepth;

  long startNanos;

  /** The hand-off part: work this call handed to other threads; null until its first task. */
  PhaseWork work;

  /** The JFR part: the reused event of this depth. */
  final PhaseEventSlot event = new PhaseEventSlot();

  /** The lock part: measured figures between entry and exit. */
  final LockMark locks = new LockMark();
}
