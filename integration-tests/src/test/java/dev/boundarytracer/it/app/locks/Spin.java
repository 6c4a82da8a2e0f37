package dev.boundarytracer.it.app.locks;

/** Busy-spins the calling thread (never sleeps), so its time is CPU time on a known schedule. */
final class Spin {
  private static volatile long sink;

  private Spin() {}

  /** Spins for at least {@code nanos}. @return nanoseconds actually spun */
  static long spin(long nanos) {
    long start = System.nanoTime();
    long now = start;
    long x = 0;
    while (now - start < nanos) {
      x += now;
      now = System.nanoTime();
    }
    sink = x;
    return now - start;
  }
}
