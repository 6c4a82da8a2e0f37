package dev.boundarytracer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process-wide aggregates over every operation recorded so far, annotated or traced by hand.
 *
 * <p>With the agent the figures are the agent's (the same as its exit report), from any class
 * loader; without it they cover the operations finished by a {@link BoundaryTracer}.
 *
 * <p>Thread-safe. Each call merges the per-thread recorders (it takes a lock and allocates), so
 * call it from reporting code, not per operation.
 */
public final class BoundaryMetrics {
  private BoundaryMetrics() {}

  /**
   * Per-operation figures, sorted by name.
   *
   * @return a new list, never null
   */
  public static List<OperationMetrics> operations() {
    if (!AgentBridge.PRESENT) {
      return StandaloneRecorder.operations();
    }
    List<?> rows;
    try {
      rows = (List<?>) AgentBridge.OPERATIONS.invokeExact();
    } catch (Throwable t) {
      throw AgentBridge.rethrow(t);
    }
    List<OperationMetrics> out = new ArrayList<>(rows.size());
    for (Object row : rows) {
      out.add(BridgeRows.operation((Map<?, ?>) row));
    }
    return out;
  }

  /**
   * @return operations recorded, all names
   */
  public static long operationCount() {
    return operations().stream().mapToLong(OperationMetrics::count).sum();
  }

  /**
   * @return documents recorded, all operations
   */
  public static long docCount() {
    return operations().stream().mapToLong(OperationMetrics::docs).sum();
  }

  /**
   * @return lock releases recorded, all operations
   */
  public static long lockReleaseCount() {
    return operations().stream().mapToLong(OperationMetrics::lockReleases).sum();
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
    List<OperationMetrics> ops = operations();
    long count = ops.stream().mapToLong(OperationMetrics::count).sum();
    long total = ops.stream().mapToLong(o -> o.totalNanos().sumNanos()).sum();
    long held = ops.stream().mapToLong(OperationMetrics::lockHeldNanos).sum();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("operation_count", (double) count);
    m.put("doc_count", (double) ops.stream().mapToLong(OperationMetrics::docs).sum());
    m.put(
        "lock_release_count",
        (double) ops.stream().mapToLong(OperationMetrics::lockReleases).sum());
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
    if (!AgentBridge.PRESENT) {
      StandaloneRecorder.reset();
      return;
    }
    try {
      AgentBridge.RESET.invokeExact();
    } catch (Throwable t) {
      throw AgentBridge.rethrow(t);
    }
  }

  private static double avgPhaseMicros(List<OperationMetrics> ops, Phase phase) {
    long n = 0;
    long sum = 0;
    for (OperationMetrics o : ops) {
      PhaseMetrics p = o.phase(phase);
      if (p != null) {
        n += p.count();
        sum += p.nanos().sumNanos();
      }
    }
    return n == 0 ? 0.0 : sum / 1e3 / n;
  }
}
