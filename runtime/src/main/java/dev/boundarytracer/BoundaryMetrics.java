package dev.boundarytracer;

import dev.boundarytracer.recording.Recorder;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process-wide aggregates over every operation recorded so far, annotated or traced by hand (the
 * seed's {@code BoundaryMetrics}).
 *
 * <p>Thread-safe. Each call reads the recorder (it takes the recorder's reader lock, which no
 * recording thread waits for, and allocates), so call it from reporting code, not per operation.
 */
public final class BoundaryMetrics {
  private BoundaryMetrics() {}

  /**
   * Per-operation snapshots, sorted by name, without red flags.
   *
   * @return never null
   */
  public static List<OperationSnapshot> operations() {
    return Recorder.runtime().snapshot().operations();
  }

  /**
   * @return operations recorded, all names
   */
  public static long operationCount() {
    return operations().stream().mapToLong(OperationSnapshot::count).sum();
  }

  /**
   * @return documents recorded, all operations
   */
  public static long docCount() {
    return operations().stream().mapToLong(OperationSnapshot::docs).sum();
  }

  /**
   * @return lock releases recorded, all operations
   */
  public static long lockReleaseCount() {
    return operations().stream().mapToLong(OperationSnapshot::lockReleases).sum();
  }

  /**
   * @return mean extract time in microseconds over all calls, 0 when none
   */
  public static double avgExtractMicros() {
    return avgPhaseMicros(operations(), Phase.EXTRACT);
  }

  /**
   * @return mean convert time in microseconds over all calls, 0 when none
   */
  public static double avgConvertMicros() {
    return avgPhaseMicros(operations(), Phase.CONVERT);
  }

  /**
   * @return mean network time in microseconds over all calls, 0 when none
   */
  public static double avgNetworkMicros() {
    return avgPhaseMicros(operations(), Phase.NETWORK);
  }

  /**
   * @return mean materialize time in microseconds over all calls, 0 when none
   */
  public static double avgMaterializeMicros() {
    return avgPhaseMicros(operations(), Phase.MATERIALIZE);
  }

  /**
   * All aggregates as named numbers, for logging: {@code operation_count}, {@code doc_count},
   * {@code lock_release_count}, {@code avg_extract_us}, {@code avg_convert_us}, {@code
   * avg_network_us}, {@code avg_materialize_us}, {@code avg_total_us}, {@code lock_held_ratio}.
   *
   * @return an insertion-ordered map, never null
   */
  public static Map<String, Double> snapshot() {
    List<OperationSnapshot> ops = operations();
    long count = ops.stream().mapToLong(OperationSnapshot::count).sum();
    long total = ops.stream().mapToLong(o -> o.totalNanos().sumNanos()).sum();
    long held = ops.stream().mapToLong(OperationSnapshot::lockHeldNanos).sum();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("operation_count", (double) count);
    m.put("doc_count", (double) ops.stream().mapToLong(OperationSnapshot::docs).sum());
    m.put(
        "lock_release_count",
        (double) ops.stream().mapToLong(OperationSnapshot::lockReleases).sum());
    m.put("avg_extract_us", avgPhaseMicros(ops, Phase.EXTRACT));
    m.put("avg_convert_us", avgPhaseMicros(ops, Phase.CONVERT));
    m.put("avg_network_us", avgPhaseMicros(ops, Phase.NETWORK));
    m.put("avg_materialize_us", avgPhaseMicros(ops, Phase.MATERIALIZE));
    m.put("avg_total_us", count == 0 ? 0.0 : total / 1e3 / count);
    m.put("lock_held_ratio", total == 0 ? 0.0 : (double) held / total);
    return m;
  }

  /** Forgets everything recorded so far; recording goes on. */
  public static void reset() {
    Recorder.runtime().reset();
  }

  private static double avgPhaseMicros(List<OperationSnapshot> ops, Phase phase) {
    long n = 0;
    long sum = 0;
    for (OperationSnapshot o : ops) {
      PhaseSnapshot p = o.phase(phase);
      if (p != null) {
        n += p.count();
        sum += p.nanos().sumNanos();
      }
    }
    return n == 0 ? 0.0 : sum / 1e3 / n;
  }
}
