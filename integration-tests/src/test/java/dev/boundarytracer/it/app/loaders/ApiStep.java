package dev.boundarytracer.it.app.loaders;

import dev.boundarytracer.BoundaryContext;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.BoundaryTracer;
import dev.boundarytracer.Phase;

/**
 * Uses every part of the API from inside the class loader that defines it: an annotated operation
 * that calls {@link BoundaryContext}, then a {@link BoundaryTracer} operation.
 */
public final class ApiStep implements Runnable {
  public static final String OPERATION = "child_api_step";
  public static final String TRACED = "child_traced";
  public static final long DOCS = 25;

  @Override
  public void run() {
    annotated();
    BoundaryTracer tracer = new BoundaryTracer(TRACED);
    tracer.startConvert();
    Integer.toHexString(hashCode());
    tracer.endConvert();
    tracer.setDocCount(DOCS);
    tracer.finish();
  }

  @BoundaryOperation(OPERATION)
  void annotated() {
    encode();
    BoundaryContext.setDocCount(DOCS);
    BoundaryContext.recordLockRelease();
  }

  @BoundaryPhase(Phase.CONVERT)
  void encode() {
    Integer.toHexString(hashCode());
    BoundaryContext.setParallel(true);
  }
}
