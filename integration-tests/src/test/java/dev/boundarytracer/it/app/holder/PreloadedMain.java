package dev.boundarytracer.it.app.holder;

import dev.boundarytracer.BoundaryLock;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import dev.boundarytracer.it.app.holder.other.Connection;
import dev.boundarytracer.it.app.holder.other.CountingLock;

/**
 * The holder's class lives in another package and is loaded, with its object, before the class that
 * designates it: its synchronized methods (its own and its superclass's) must be woven by
 * retransformation. A second operation calls a designated {@code ReentrantLock} subclass through
 * the subclass's own type. Each operation: extract holds the lock for 500 µs, convert spins 500 µs.
 */
public final class PreloadedMain {
  private PreloadedMain() {}

  public static void main(String[] args) throws Exception {
    // Load and initialise the connection class first, as a driver registered at start-up would be.
    Connection preloaded = Connection.SHARED;
    System.out.println("preloaded " + preloaded.getClass().getName());
    Designations.ready();
    long wall = 0;
    for (int i = 0; i < HolderMain.CALLS; i++) {
      long start = System.nanoTime();
      Designations.step();
      wall += System.nanoTime() - start;
    }
    Spins.printTruth("preloaded_step", wall);
    wall = 0;
    for (int i = 0; i < HolderMain.CALLS; i++) {
      long start = System.nanoTime();
      Designations.counted();
      wall += System.nanoTime() - start;
    }
    Spins.printTruth("counting_step", wall);
    System.out.println("done");
  }

  /** Loaded after the connection; its static initialiser designates the existing object. */
  static final class Designations {
    @BoundaryLock("connection")
    static final Object CONNECTION = Connection.SHARED;

    @BoundaryLock("counting")
    static final CountingLock COUNTING = new CountingLock();

    private Designations() {}

    static void ready() {}

    @BoundaryOperation("preloaded_step")
    static void step() {
      extract();
      convert();
    }

    @BoundaryPhase(Phase.EXTRACT)
    static void extract() {
      long start = System.nanoTime();
      Connection.SHARED.query(HolderMain.SPIN_NANOS);
      Spins.addOuter(System.nanoTime() - start);
    }

    @BoundaryOperation("counting_step")
    static void counted() {
      countedExtract();
      convert();
    }

    @BoundaryPhase(Phase.EXTRACT)
    static void countedExtract() {
      long start = System.nanoTime();
      COUNTING.lock();
      try {
        Spins.spinHeld(HolderMain.SPIN_NANOS);
      } finally {
        COUNTING.unlock();
      }
      Spins.addOuter(System.nanoTime() - start);
    }

    @BoundaryPhase(Phase.CONVERT)
    static void convert() {
      Spins.spin(HolderMain.SPIN_NANOS);
    }
  }
}
