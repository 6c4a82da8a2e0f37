package dev.boundarytracer.it.app;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/**
 * An annotated class that {@link SharedRuntimeMain} loads through its own class loader, which does
 * not delegate to the application class loader.
 */
public final class IsolatedStep implements Runnable {
  @Override
  @BoundaryOperation("isolated_step")
  public void run() {
    encode();
  }

  @BoundaryPhase(Phase.CONVERT)
  void encode() {
    Integer.toHexString(hashCode());
  }
}
