package dev.boundarytracer.it.app.otel;

/**
 * Calls {@link TracedWork#operation()} {@link #CALLS} times and prints {@code validSpans=<n>}: in
 * how many calls a valid span was current in both the operation and its phase (0 without the
 * OpenTelemetry agent, whose instrumentation makes the spans).
 */
public final class OtelMain {
  public static final int CALLS = 30;

  private OtelMain() {}

  public static void main(String[] args) {
    TracedWork work = new TracedWork();
    int valid = 0;
    for (int i = 0; i < CALLS; i++) {
      if (work.operation()) {
        valid++;
      }
    }
    System.out.println("validSpans=" + valid);
  }
}
