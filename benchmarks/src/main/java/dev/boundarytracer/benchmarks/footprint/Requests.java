package dev.boundarytracer.benchmarks.footprint;

import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import java.util.concurrent.locks.LockSupport;

/**
 * One request of a server-shaped application: the four phases of whichever operation calls it, with
 * durations from about a microsecond to tens of milliseconds. Which durations a request gets
 * depends on its (thread, operation, request) position, so every (operation, phase) sees a spread
 * of values as a real service does.
 *
 * <p>The phase methods belong to the innermost operation running on the thread (the generated
 * operation classes of {@link Operations}), so 500 operations share these four methods.
 */
public final class Requests {
  /** Longest network wait in microseconds; shortened for a quick run. */
  static volatile long networkMaxMicros = 20_000;

  private static final ThreadLocal<long[]> POSITION = ThreadLocal.withInitial(() -> new long[1]);

  private Requests() {}

  /**
   * Runs the four phases of one request; called by every generated operation.
   *
   * @param seed the request's position, any value; the same seed gives the same durations
   */
  public static void request(long seed) {
    long mix = seed * 0x9E3779B97F4A7C15L;
    extract(1 + (int) ((mix >>> 8) & 3));
    convert(2 + (int) ((mix >>> 16) & 15));
    network(Math.max(50, (mix >>> 24) % Math.max(1, networkMaxMicros)));
    materialize(1 + (int) ((mix >>> 40) & 3));
  }

  /**
   * The random seed of the calling thread's next request.
   *
   * @return a different value at every call on a thread
   */
  public static long nextSeed() {
    long[] p = POSITION.get();
    return (Thread.currentThread().getId() << 32) + p[0]++;
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extract(int micros) {
    spin(micros);
  }

  @BoundaryPhase(Phase.CONVERT)
  static void convert(int micros) {
    spin(micros);
  }

  @BoundaryPhase(Phase.NETWORK)
  static void network(long micros) {
    LockSupport.parkNanos(micros * 1_000);
  }

  @BoundaryPhase(Phase.MATERIALIZE)
  static void materialize(int micros) {
    spin(micros);
  }

  private static void spin(long micros) {
    long end = System.nanoTime() + micros * 1_000;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
