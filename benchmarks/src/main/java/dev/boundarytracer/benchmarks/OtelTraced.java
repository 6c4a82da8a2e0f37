package dev.boundarytracer.benchmarks;

import io.opentelemetry.instrumentation.annotations.WithSpan;

/** Case 8: the OpenTelemetry Java agent makes each call of {@link #traced()} a span. */
public final class OtelTraced {
  private OtelTraced() {}

  @WithSpan
  public static void traced() {
    Body.work();
  }
}
