package dev.boundarytracer.it.app.startup;

/** Busy work of a given wall time, allocating nothing. */
final class Spin {
  private Spin() {}

  static long forNanos(long nanos, long seed) {
    long end = System.nanoTime() + nanos;
    long x = seed;
    while (System.nanoTime() < end) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }
}
