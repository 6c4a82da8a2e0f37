package dev.boundarytracer.benchmarks;

/**
 * Case 9: the target of JDK 25's JFR method timing ({@code
 * -XX:StartFlightRecording:method-timing=dev.boundarytracer.benchmarks.JdkTimed::timed}).
 */
public final class JdkTimed {
  /** The {@code method-timing} filter naming {@link #timed()}. */
  public static final String FILTER = JdkTimed.class.getName() + "::timed";

  private JdkTimed() {}

  public static void timed() {
    Body.work();
  }
}
