package dev.boundarytracer.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;

/**
 * What the agent learned about one woven method at weave time.
 *
 * @param operationId for an operation method, its operation's id; for a phase method, the id of the
 *     operation its calls are recorded under when no operation encloses them
 * @param phase the phase of a phase method, null for an operation method
 * @param lock HELD or RELEASED for a phase method (DEFAULT already resolved), null otherwise
 * @param description {@code com.example.Type#method} for messages
 */
public record MethodSpec(int operationId, Phase phase, LockUse lock, String description) {}
