package dev.boundarytracer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the agent's per-operation rows into the API's records. A row is a {@code Map} with {@code
 * name}, {@code count}, {@code errors}, {@code docs}, {@code lockReleases}, {@code parallelCount},
 * {@code lockHeldNanos}, {@code totalNanos} ({@code long[]}: count, sum, min, max) and {@code
 * phases} (maps with {@code phase}, {@code count}, {@code errors}, {@code nanos}). A key this
 * version does not know is ignored; one it misses reads as 0, so an API jar and an agent of
 * neighbouring versions still agree.
 */
final class BridgeRows {
  private BridgeRows() {}

  static OperationMetrics operation(Map<?, ?> row) {
    List<PhaseMetrics> phases = new ArrayList<>();
    if (row.get("phases") instanceof List<?> list) {
      for (Object o : list) {
        Map<?, ?> p = (Map<?, ?>) o;
        Phase phase = phaseOf(p.get("phase"));
        if (phase != null) {
          phases.add(
              new PhaseMetrics(
                  phase, number(p, "count"), number(p, "errors"), totals(p.get("nanos"))));
        }
      }
    }
    return new OperationMetrics(
        String.valueOf(row.get("name")),
        number(row, "count"),
        number(row, "errors"),
        number(row, "docs"),
        number(row, "lockReleases"),
        number(row, "parallelCount"),
        number(row, "lockHeldNanos"),
        totals(row.get("totalNanos")),
        phases);
  }

  private static long number(Map<?, ?> row, String key) {
    return row.get(key) instanceof Number n ? n.longValue() : 0L;
  }

  private static DurationTotals totals(Object value) {
    if (value instanceof long[] v && v.length >= 4 && v[0] > 0) {
      return new DurationTotals(v[0], v[1], v[2], v[3]);
    }
    return DurationTotals.EMPTY;
  }

  private static Phase phaseOf(Object name) {
    for (Phase p : Phase.values()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }
}
