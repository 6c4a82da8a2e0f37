package dev.boundarytracer.it.app.holder;

/**
 * Busy-spins the calling thread (never sleeps), and sums the time spun while holding the lock: the
 * ground truth a test compares the measured hold with.
 */
public final class Spins {
  private static volatile long sink;
  private static long heldNanos;
  private static long outerNanos;

  private Spins() {}

  /** Spins for at least {@code nanos} while holding the lock, and adds the time to the truth. */
  public static void spinHeld(long nanos) {
    long start = System.nanoTime();
    spin(nanos);
    heldNanos += System.nanoTime() - start;
  }

  /**
   * Adds the time of one call that takes and releases the lock, timed around it by its caller: the
   * outer bound of the hold (it includes taking and releasing the lock).
   */
  public static void addOuter(long nanos) {
    outerNanos += nanos;
  }

  /**
   * Prints the truth line of one operation, {@code truth <operation> <innerNanos> <outerNanos>
   * <wallNanos>}, and starts the sums of the next one from zero.
   *
   * @param operation the operation's name
   * @param wallNanos summed wall time of its calls, timed around each call
   */
  public static void printTruth(String operation, long wallNanos) {
    System.out.println("truth " + operation + " " + heldNanos + " " + outerNanos + " " + wallNanos);
    heldNanos = 0;
    outerNanos = 0;
  }

  /** Spins for at least {@code nanos}. */
  public static void spin(long nanos) {
    long start = System.nanoTime();
    long now = start;
    long x = 0;
    while (now - start < nanos) {
      x += now;
      now = System.nanoTime();
    }
    sink = x;
  }
}
