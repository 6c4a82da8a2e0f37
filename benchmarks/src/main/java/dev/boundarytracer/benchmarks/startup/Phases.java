package dev.boundarytracer.benchmarks.startup;

import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/** The four phases every operation of {@link AnnotatedStartup} runs, each a short busy spin. */
abstract class Phases {
  /** Busy time of one phase, nanoseconds: four phases make a nominal 1 ms operation. */
  static final long PHASE_NANOS = 250_000;

  @BoundaryPhase(Phase.EXTRACT)
  static long extract(long seed) {
    return spin(seed);
  }

  @BoundaryPhase(Phase.CONVERT)
  static long convert(long seed) {
    return spin(seed);
  }

  @BoundaryPhase(Phase.NETWORK)
  static long network(long seed) {
    return spin(seed);
  }

  @BoundaryPhase(Phase.MATERIALIZE)
  static long materialize(long seed) {
    return spin(seed);
  }

  /** All four phases in order: the body of every operation. */
  static long run(long seed) {
    return materialize(network(convert(extract(seed))));
  }

  private static long spin(long seed) {
    long end = System.nanoTime() + PHASE_NANOS;
    long x = seed;
    while (System.nanoTime() < end) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }
}
