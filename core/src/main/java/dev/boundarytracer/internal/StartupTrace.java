package dev.boundarytracer.internal;

/**
 * Marks of the agent's start-up, printed to stderr as they happen when the JVM runs with {@code
 * -Ddev.boundarytracer.startupTrace=true}: one line per step, {@code [boundary-tracer] startup
 * <millis since the premain> ms (+<millis of the step>) <thread> <step>}. Off by default, when a
 * mark costs one read of a static final field.
 *
 * <p>Thread-safe; steps on different threads interleave in the order they end.
 */
public final class StartupTrace {
  /** The system property that turns the trace on. */
  public static final String PROPERTY = "dev.boundarytracer.startupTrace";

  private static final boolean ON = Boolean.getBoolean(PROPERTY);
  private static final long ORIGIN_NANOS = System.nanoTime();

  private StartupTrace() {}

  /**
   * @return the clock reading to pass to {@link #done}, or 0 when the trace is off
   */
  public static long begin() {
    return ON ? System.nanoTime() : 0L;
  }

  /**
   * Prints one step when the trace is on.
   *
   * @param startNanos what {@link #begin} returned when the step started
   * @param step what was done, for the reader
   */
  public static void done(long startNanos, String step) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    System.err.printf(
        "[boundary-tracer] startup %7.1f ms (+%6.1f) %s %s%n",
        (now - ORIGIN_NANOS) / 1e6,
        (now - startNanos) / 1e6,
        Thread.currentThread().getName(),
        step);
  }
}
