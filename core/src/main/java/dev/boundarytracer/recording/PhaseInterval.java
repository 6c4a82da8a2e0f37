package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import org.HdrHistogram.Histogram;

/**
 * The calls of one (operation, phase) during one statistics interval.
 *
 * @param operation operation name
 * @param phase the phase
 * @param histogram durations in nanoseconds recorded in the interval; a copy owned by the caller
 */
public record PhaseInterval(String operation, Phase phase, Histogram histogram) {}
