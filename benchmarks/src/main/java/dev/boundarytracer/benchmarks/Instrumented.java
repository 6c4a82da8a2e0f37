package dev.boundarytracer.benchmarks;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/**
 * The boundary-tracer cases: annotated methods, woven when the fork runs with the agent and plain
 * methods otherwise. With {@link Locked}, the only classes of the benchmark jar that carry the
 * agent's markers.
 */
public final class Instrumented {
  private Instrumented() {}

  /** Case 4 and 5: one phase call (outside any operation, recorded under its own operation). */
  @BoundaryPhase(value = Phase.CONVERT, operation = "bench_phase")
  public static void phase() {
    Body.work();
  }

  /** Case 6: one operation of four phases, each running the body once. */
  @BoundaryOperation("bench_operation")
  public static void operation() {
    extract();
    convert();
    network();
    materialize();
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extract() {
    Body.work();
  }

  @BoundaryPhase(Phase.CONVERT)
  static void convert() {
    Body.work();
  }

  @BoundaryPhase(Phase.NETWORK)
  static void network() {
    Body.work();
  }

  @BoundaryPhase(Phase.MATERIALIZE)
  static void materialize() {
    Body.work();
  }
}
