package dev.boundarytracer.live;

/**
 * One designated lock since the start (or the last reset), registered as {@code
 * dev.boundarytracer:type=Lock,name=<lock>}.
 */
public interface LockMXBean {
  /**
   * @return share of wall time the lock was held by any thread, 0..1
   */
  double getUtilization();

  /**
   * @return summed hold time of every thread, nanoseconds
   */
  long getHeldNanos();

  /**
   * @return summed wait time of every thread, nanoseconds
   */
  long getWaitNanos();

  /**
   * @return outermost acquisitions of every thread
   */
  long getAcquisitions();
}
