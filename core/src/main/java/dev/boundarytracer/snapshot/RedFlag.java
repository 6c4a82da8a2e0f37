package dev.boundarytracer.snapshot;

import dev.boundarytracer.Phase;

/**
 * One threshold an operation crossed.
 *
 * @param id stable identifier, e.g. {@code LOCK_HELD_HIGH}
 * @param severity WARNING or CRITICAL
 * @param phase the phase concerned, or null for an operation-level flag
 * @param message one line with the measured value and the threshold
 * @param recommendation what to do about it, in JVM terms
 * @param calls how many calls the judged figure rests on (of the phase for a phase flag, of the
 *     operation otherwise), >= 0; -1 when the flag is not about calls (a lock's utilization)
 */
public record RedFlag(
    String id, Severity severity, Phase phase, String message, String recommendation, long calls) {

  /** A flag whose figure does not rest on a count of calls ({@code calls} -1). */
  public RedFlag(String id, Severity severity, Phase phase, String message, String recommendation) {
    this(id, severity, phase, message, recommendation, -1);
  }
}
