package dev.boundarytracer.it.app.locks;

/** An object whose synchronized method is the critical section (its monitor is designated). */
final class Guard {
  /** Spins with this object's monitor held. @return nanoseconds spun inside the monitor */
  synchronized long work(long nanos) {
    return Spin.spin(nanos);
  }
}
