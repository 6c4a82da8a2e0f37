package dev.boundarytracer.jvm;

import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.snapshot.JvmSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Process resource figures for the report: CPU time, heap in use (start, end, and a peak sampled
 * once a second by a daemon thread), peak RSS from Linux's {@code /proc/self/status}.
 *
 * <p>Thread-safe. {@link #start()} is called once by the agent.
 */
public final class JvmMonitor {
  private static final long SAMPLE_PERIOD_MILLIS = 1000;
  private static final AtomicLong HEAP_PEAK = new AtomicLong();
  private static volatile long heapStartBytes = -1;

  private JvmMonitor() {}

  /** Records the starting heap and starts the once-a-second heap sampler. */
  public static synchronized void start() {
    if (heapStartBytes >= 0) {
      return;
    }
    heapStartBytes = heapUsedBytes();
    HEAP_PEAK.accumulateAndGet(heapStartBytes, Math::max);
    Thread sampler = new Thread(JvmMonitor::sampleForever, "boundary-tracer-jvm-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /**
   * The figures now.
   *
   * @param suppressedErrors the agent's own suppressed throwables
   * @return never null
   */
  public static JvmSnapshot snapshot(long suppressedErrors) {
    long heapNow = heapUsedBytes();
    long peak = HEAP_PEAK.accumulateAndGet(heapNow, Math::max);
    return new JvmSnapshot(
        ManagementFactory.getRuntimeMXBean().getUptime(),
        processCpuNanos() / 1e9,
        Math.max(0, heapStartBytes),
        heapNow,
        peak,
        rssPeakBytes(),
        System.getProperty("java.version"),
        suppressedErrors);
  }

  private static void sampleForever() {
    while (true) {
      try {
        Thread.sleep(SAMPLE_PERIOD_MILLIS);
        HEAP_PEAK.accumulateAndGet(heapUsedBytes(), Math::max);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        SuppressedErrors.record(e);
        return;
      }
    }
  }

  /** Heap in use; {@code Runtime} counts G1's eden before the first collection, the MXBean not. */
  private static long heapUsedBytes() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.max(0, sun.getProcessCpuTime());
    }
    return 0;
  }

  /**
   * @return peak resident set size in bytes ({@code VmHWM}), or -1 where /proc is unavailable
   */
  static long rssPeakBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).trim().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: reported as -1.
    }
    return -1;
  }
}
