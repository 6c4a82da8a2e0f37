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
 */
public record RedFlag(
    String id, Severity severity, Phase phase, String message, String recommendation) {}
