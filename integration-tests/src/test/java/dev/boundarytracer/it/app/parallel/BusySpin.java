package dev.boundarytracer.it.app.parallel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Work of a known size: spinning until the calling thread has used a given CPU time. */
final class BusySpin {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private BusySpin() {}

  /**
   * Spins on the CPU.
   *
   * @param nanos CPU time to use; on a virtual thread (no CPU clock) wall time instead
   * @return CPU nanoseconds the calling thread used while spinning, -1 on a virtual thread
   */
  static long spin(long nanos) {
    long start = THREADS.getCurrentThreadCpuTime();
    if (start < 0) {
      long until = System.nanoTime() + nanos;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      return -1;
    }
    long now;
    do {
      now = THREADS.getCurrentThreadCpuTime();
    } while (now - start < nanos);
    return now - start;
  }
}
