/**
 * The API an application compiles against: the annotations ({@link
 * dev.boundarytracer.BoundaryOperation}, {@link dev.boundarytracer.BoundaryPhase}, {@link
 * dev.boundarytracer.DocCount}, {@link dev.boundarytracer.BoundaryLock}), {@link
 * dev.boundarytracer.Phase}, {@link dev.boundarytracer.LockUse}, {@link
 * dev.boundarytracer.BoundaryContext}, {@link dev.boundarytracer.BoundaryTracer} and {@link
 * dev.boundarytracer.BoundaryMetrics} with the records they return.
 *
 * <p>The jar ({@code dev.boundarytracer:boundary-runtime}) has no dependencies. Without the agent
 * the annotations do nothing, {@code BoundaryContext} does nothing, and {@code BoundaryTracer}
 * feeds {@code BoundaryMetrics}; with {@code -javaagent:boundary-agent.jar} every call reaches the
 * agent's recorder, from any class loader.
 */
package dev.boundarytracer;
