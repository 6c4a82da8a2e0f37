package dev.boundarytracer.recording;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated so far by the calling thread, from HotSpot's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}, JDK 14+). The call reads
 * a thread-local counter and allocates nothing.
 */
final class AllocationCounter {
  private static final com.sun.management.ThreadMXBean BEAN = lookup();

  private AllocationCounter() {}

  private static com.sun.management.ThreadMXBean lookup() {
    try {
      java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      if (bean instanceof com.sun.management.ThreadMXBean sun
          && sun.isThreadAllocatedMemorySupported()) {
        if (!sun.isThreadAllocatedMemoryEnabled()) {
          sun.setThreadAllocatedMemoryEnabled(true);
        }
        return sun;
      }
    } catch (RuntimeException | LinkageError e) {
      // Not HotSpot, or management is unavailable: allocation is then reported as 0.
    }
    return null;
  }

  /**
   * @return bytes the calling thread has allocated since it started, or 0 where unsupported
   */
  static long currentThreadAllocatedBytes() {
    return BEAN == null ? 0L : BEAN.getCurrentThreadAllocatedBytes();
  }
}
