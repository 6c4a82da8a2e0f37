package dev.boundarytracer.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts throwables the agent's own code caught so the application never sees them. The count is
 * reported as {@code suppressedErrors}; the first one is printed once to stderr.
 */
public final class SuppressedErrors {
  private static final AtomicLong COUNT = new AtomicLong();

  private SuppressedErrors() {}

  /**
   * Counts one suppressed throwable. Called only on the error path.
   *
   * @param t what was caught, may be null
   */
  public static void record(Throwable t) {
    if (COUNT.getAndIncrement() == 0) {
      System.err.println(
          "[boundary-tracer] internal error suppressed (further ones only counted): " + t);
    }
  }

  /**
   * @return throwables suppressed so far, >= 0
   */
  public static long count() {
    return COUNT.get();
  }
}
