package dev.boundarytracer.it.app.holder.other;

import dev.boundarytracer.it.app.holder.Spins;

/** A superclass whose synchronized method holds the subclass object's monitor. */
public class BaseConnection {
  /** Holds this object's monitor while spinning. */
  public synchronized void work(long nanos) {
    Spins.spinHeld(nanos);
  }
}
