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
 */
public record PhaseSnapshot(
    Phase phase, LockUse lock, long count, long errors, DurationStats nanos) {}
