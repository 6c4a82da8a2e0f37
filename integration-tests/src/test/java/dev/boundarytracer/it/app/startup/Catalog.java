package dev.boundarytracer.it.app.startup;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/** An operation of four 0.25 ms phases (nominally 1 ms), allocating nothing of its own. */
public final class Catalog {
  private Catalog() {}

  @BoundaryOperation("lookup")
  public static long lookup(long seed) {
    return materialize(network(convert(extract(seed))));
  }

  @BoundaryPhase(Phase.EXTRACT)
  static long extract(long seed) {
    return Spin.forNanos(250_000, seed);
  }

  @BoundaryPhase(Phase.CONVERT)
  static long convert(long seed) {
    return Spin.forNanos(250_000, seed);
  }

  @BoundaryPhase(Phase.NETWORK)
  static long network(long seed) {
    return Spin.forNanos(250_000, seed);
  }

  @BoundaryPhase(Phase.MATERIALIZE)
  static long materialize(long seed) {
    return Spin.forNanos(250_000, seed);
  }
}
