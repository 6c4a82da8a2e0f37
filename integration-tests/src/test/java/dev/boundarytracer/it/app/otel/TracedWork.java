package dev.boundarytracer.it.app.otel;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/** Methods instrumented by both agents: OpenTelemetry's {@code @WithSpan} and ours. */
public final class TracedWork {
  /** An operation that is also a span; returns whether a valid span is current inside it. */
  @WithSpan("traced-operation")
  @BoundaryOperation("traced_op")
  public boolean operation() {
    return convert() && Span.current().getSpanContext().isValid();
  }

  /** A phase that is also a child span; returns whether a valid span is current inside it. */
  @WithSpan("traced-convert")
  @BoundaryPhase(Phase.CONVERT)
  boolean convert() {
    return Span.current().getSpanContext().isValid();
  }
}
