package dev.boundarytracer.parallel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, from {@link ThreadMXBean#getCurrentThreadCpuTime()} (on Linux
 * HotSpot: {@code clock_gettime(CLOCK_THREAD_CPUTIME_ID)}, user plus system time).
 *
 * <p>Thread-safe. The JDK returns -1 for virtual threads and when CPU time measurement is off or
 * unsupported; callers treat a negative value as "unknown".
 */
final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean SUPPORTED = supported();

  private CpuClock() {}

  /**
   * @return the calling thread's CPU time in nanoseconds, or -1 when unknown
   */
  static long currentThreadCpuNanos() {
    return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  private static boolean supported() {
    try {
      return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }
}
