package dev.boundarytracer.it.app.locks;

/**
 * The ground truth of the current case, on the thread that runs it. The real hold of a critical
 * section lies between two timings the application takes itself: {@code inner}, from its first to
 * its last statement inside, and {@code outer}, around it from the statement before the acquisition
 * to the one after the release (minus any time spent in {@code wait}/{@code await}).
 */
final class Truth {
  static long innerNanos;
  static long outerNanos;

  private Truth() {}

  static void reset() {
    innerNanos = 0;
    outerNanos = 0;
  }
}
