package dev.boundarytracer.it.app.holder;

import dev.boundarytracer.BoundaryLock;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/**
 * A designated object whose class has {@code synchronized} methods and no boundary annotation:
 * extract holds it for 500 µs, convert spins 500 µs without it, so the true lock-held ratio is
 * 0.50. {@code Holder} is named nowhere but in the field's type.
 */
public final class HolderMain {
  /** Calls of the operation. */
  public static final int CALLS = 400;

  /** Spin of each phase, nanoseconds. */
  public static final long SPIN_NANOS = 500_000;

  @BoundaryLock("holder")
  static final Holder HOLDER = new Holder();

  private HolderMain() {}

  public static void main(String[] args) {
    long wall = 0;
    for (int i = 0; i < CALLS; i++) {
      long start = System.nanoTime();
      step();
      wall += System.nanoTime() - start;
    }
    Spins.printTruth("holder_step", wall);
    System.out.println("done");
  }

  @BoundaryOperation("holder_step")
  static void step() {
    extract();
    convert();
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extract() {
    long start = System.nanoTime();
    HOLDER.work();
    Spins.addOuter(System.nanoTime() - start);
  }

  @BoundaryPhase(Phase.CONVERT)
  static void convert() {
    Spins.spin(SPIN_NANOS);
  }

  static final class Holder {
    synchronized void work() {
      Spins.spinHeld(SPIN_NANOS);
    }
  }
}
