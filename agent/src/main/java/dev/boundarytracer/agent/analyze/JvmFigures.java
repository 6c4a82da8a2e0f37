package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.snapshot.JvmSnapshot;
import java.time.Instant;
import jdk.jfr.consumer.RecordedEvent;

/**
 * The JVM figures of the report, from the JDK's own events: uptime from {@code
 * jdk.JVMInformation}'s start time to the last event read; CPU seconds integrated from {@code
 * jdk.CPULoad} (the JVM's user + system share of the machine times {@code jdk.CPUInformation}'s
 * hardware threads, over each sample's period); heap used from {@code jdk.GCHeapSummary} (first,
 * last, highest); peak RSS from {@code jdk.ResidentSetSize} where the JDK records it (21+), else
 * -1; the Java version from the {@code java.version} initial system property. The agent's own
 * suppressed-error count is not recorded and is 0. Not thread-safe.
 */
final class JvmFigures {
  private Instant jvmStart;
  private Instant lastEvent;
  private int hardwareThreads = 1;
  private double cpuSeconds;
  private Instant lastCpuLoad;
  private long heapStart = -1;
  private long heapEnd;
  private long heapPeak;
  private long rssPeak = -1;
  private String javaVersion = "unknown";

  /**
   * Whether the event type describes the JVM as a whole (start time, hardware, system properties),
   * so that it counts whatever time window is analysed.
   */
  static boolean describesTheJvm(String type) {
    return type.equals("jdk.JVMInformation")
        || type.equals("jdk.CPUInformation")
        || type.equals("jdk.InitialSystemProperty");
  }

  /** Reads what concerns the JVM figures from any event. */
  void add(RecordedEvent e) {
    String type = e.getEventType().getName();
    Instant end = e.getEndTime();
    if (!describesTheJvm(type) && (lastEvent == null || end.isAfter(lastEvent))) {
      lastEvent = end;
    }
    switch (type) {
      case "jdk.JVMInformation" -> {
        if (e.hasField("jvmStartTime")) {
          jvmStart = e.getInstant("jvmStartTime");
        }
      }
      case "jdk.CPUInformation" -> hardwareThreads = Math.max(1, e.getInt("hwThreads"));
      case "jdk.CPULoad" -> {
        Instant at = e.getStartTime();
        if (lastCpuLoad != null && at.isAfter(lastCpuLoad)) {
          double seconds = (at.toEpochMilli() - lastCpuLoad.toEpochMilli()) / 1000.0;
          double share = e.getDouble("jvmUser") + e.getDouble("jvmSystem");
          cpuSeconds += share * hardwareThreads * seconds;
        }
        lastCpuLoad = at;
      }
      case "jdk.GCHeapSummary" -> {
        long used = e.getLong("heapUsed");
        if (heapStart < 0) {
          heapStart = used;
        }
        heapEnd = used;
        heapPeak = Math.max(heapPeak, used);
      }
      case "jdk.ResidentSetSize" -> rssPeak = Math.max(rssPeak, e.getLong("peak"));
      case "jdk.InitialSystemProperty" -> {
        if ("java.version".equals(e.getString("key"))) {
          javaVersion = e.getString("value");
        }
      }
      default -> {}
    }
  }

  JvmSnapshot snapshot() {
    long uptime =
        jvmStart == null || lastEvent == null
            ? 0
            : Math.max(0, lastEvent.toEpochMilli() - jvmStart.toEpochMilli());
    return new JvmSnapshot(
        uptime, cpuSeconds, Math.max(0, heapStart), heapEnd, heapPeak, rssPeak, javaVersion, 0);
  }
}
