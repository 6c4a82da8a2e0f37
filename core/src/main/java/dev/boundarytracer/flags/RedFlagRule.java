package dev.boundarytracer.flags;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.Severity;

/**
 * The red-flag rules, in the order of the model's table; {@link #name()} is the stable id a {@link
 * dev.boundarytracer.snapshot.RedFlag} carries.
 *
 * <p>A CRITICAL rule may replace a WARNING twin ({@link #replaces()}): when both fire, only the
 * CRITICAL one is reported. The limits come from {@link Thresholds}; the conditions are described
 * on each constant with the model's default figures.
 */
public enum RedFlagRule {
  /** Extract mean above 1 ms per 1000 documents (the model's target). */
  EXTRACT_ABOVE_TARGET(Severity.WARNING, Phase.EXTRACT, null),
  /** Extract mean above 5 ms per 1000 documents (objects too complex to read cheaply). */
  EXTRACT_SLOW(Severity.CRITICAL, Phase.EXTRACT, EXTRACT_ABOVE_TARGET),
  /** Convert mean above 10 ms per 1000 documents. */
  CONVERT_ABOVE_TARGET(Severity.WARNING, Phase.CONVERT, null),
  /**
   * At least 50 documents per call and convert done serially: fewer than half of the calls handed
   * work to other threads (measured) and fewer than half were declared parallel (from this size
   * splitting the work pays). Independent of {@link #CONVERT_ABOVE_TARGET}: both may be reported.
   */
  CONVERT_NOT_PARALLEL(Severity.CRITICAL, Phase.CONVERT, null),
  /**
   * At least 50 documents per call, convert handed work to other threads in at least half of the
   * calls (measured), but the tasks ran on one thread in more than half of those calls, or their
   * CPU time stayed below 1.1 times the phase's wall time: the code is parallel, the pool, the
   * machine or the task size keeps it from running so.
   */
  CONVERT_PARALLEL_LIMITED(Severity.WARNING, Phase.CONVERT, null),
  /** Materialize mean above 2 ms per 1000 documents. */
  MATERIALIZE_ABOVE_TARGET(Severity.WARNING, Phase.MATERIALIZE, null),
  /** Materialize mean above 5 ms per 1000 documents ("object creation bottleneck"). */
  MATERIALIZE_SLOW(Severity.CRITICAL, Phase.MATERIALIZE, MATERIALIZE_ABOVE_TARGET),
  /** Lock held more than 30 % of the operation's wall time. */
  LOCK_HELD_ABOVE_TARGET(Severity.WARNING, null, null),
  /** Lock held more than 50 % of the operation's wall time ("serious contention"). */
  LOCK_HELD_HIGH(Severity.CRITICAL, null, LOCK_HELD_ABOVE_TARGET),
  /** Fewer than 2 lock releases per call (one around convert and one around network). */
  LOCK_RELEASES_BELOW_TARGET(Severity.WARNING, null, null),
  /** No lock release in any call (the lock is never let go during encoding or I/O). */
  NO_LOCK_RELEASE(Severity.CRITICAL, null, LOCK_RELEASES_BELOW_TARGET),
  /**
   * Measured: a phase declared RELEASED holds a designated lock more than 10 % of its working time,
   * or a phase declared HELD never holds one. The flag names the first such phase.
   */
  LOCK_DECLARATION_MISMATCH(Severity.WARNING, null, null),
  /** Measured: waits for a designated lock take more than 10 % of the operation's wall time. */
  LOCK_CONTENDED(Severity.WARNING, null, null),
  /** Measured: a designated lock used by several threads is held more than 90 % of wall time. */
  LOCK_SATURATED(Severity.CRITICAL, null, null),
  /**
   * The operation has fewer than {@link RedFlagRules#MIN_CALLS} calls: the flags it would raise
   * rest on too few calls to mean anything and are named instead of raised.
   */
  TOO_FEW_CALLS(Severity.WARNING, null, null);

  private final Severity severity;
  private final Phase phase;
  private final RedFlagRule replaces;

  RedFlagRule(Severity severity, Phase phase, RedFlagRule replaces) {
    this.severity = severity;
    this.phase = phase;
    this.replaces = replaces;
  }

  /**
   * How bad a flag of this rule is.
   *
   * @return WARNING or CRITICAL, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The phase this rule judges.
   *
   * @return the phase, or null for an operation-level (lock) rule
   */
  public Phase phase() {
    return phase;
  }

  /**
   * The WARNING twin this CRITICAL rule replaces when both fire.
   *
   * @return the twin, or null when this rule replaces nothing
   */
  public RedFlagRule replaces() {
    return replaces;
  }
}
