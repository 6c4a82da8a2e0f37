package dev.boundarytracer;

/**
 * Process-wide figures of one phase of one operation, as {@link BoundaryMetrics} returns them: an
 * immutable value.
 *
 * @param phase the phase, not null
 * @param count calls of the phase, >= 0 (a {@link BoundaryTracer} phase counts once per operation,
 *     however often it was started)
 * @param errors calls that ended by throwing, 0..count (always 0 for {@link BoundaryTracer})
 * @param nanos wall time of the calls, not null
 */
public record PhaseMetrics(Phase phase, long count, long errors, DurationTotals nanos) {}
