package dev.boundarytracer.it.app.shapes;

import dev.boundarytracer.BoundaryOperation;

/** An abstract method annotated by mistake: a warning at weave time, never a failure. */
public abstract class AbstractJob {
  @BoundaryOperation("abstract_op")
  public abstract void run();

  /** A subclass whose (unannotated) override is not profiled. */
  public static final class Impl extends AbstractJob {
    @Override
    public void run() {
      // nothing
    }
  }
}
