package dev.boundarytracer.snapshot;

/** Where a parallelism figure comes from. */
public enum ParallelismSource {
  /** The agent followed the phase's tasks to the threads that ran them. */
  MEASURED,
  /** The application said so ({@code BoundaryContext.setParallel}); the agent saw no hand-off. */
  DECLARED
}
