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
      // Not HotSpot, or management is unavailable: allocation is then reported as unmeasured.
    }
    return null;
  }

  /**
   * @return bytes the calling thread has allocated since it started, or -1 where the JVM cannot
   *     measure it (no HotSpot counter; a virtual thread)
   */
  static long currentThreadAllocatedBytes() {
    return BEAN == null ? -1L : BEAN.getCurrentThreadAllocatedBytes();
  }

  /**
   * Bytes allocated between two readings.
   *
   * @param start the reading at the start, -1 when unmeasured
   * @param end the reading at the end, -1 when unmeasured
   * @return {@code end - start}, >= 0; -1 when either reading is unmeasured
   */
  static long difference(long start, long end) {
    return start < 0 || end < 0 ? -1L : Math.max(0L, end - start);
  }
}
