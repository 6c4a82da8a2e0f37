package dev.boundarytracer.it.app.parallel;

/** Constants of the parallel test application for the tests in other packages. */
public final class ParallelMainAccess {
  private ParallelMainAccess() {}

  /**
   * @return nanoseconds each work item spins (CPU time, or wall time on a virtual thread)
   */
  public static long itemNanos() {
    return FanOut.ITEM_NANOS;
  }
}
