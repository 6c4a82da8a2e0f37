package dev.boundarytracer.snapshot;

import dev.boundarytracer.Phase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * The duration distributions of one snapshot: per operation, the calls' wall time and each phase's,
 * cumulative since the start (or the last reset), given as HdrHistogram histograms with 2
 * significant digits, in nanoseconds, and kept as the buckets reached ({@link RecordedCounts}).
 * What a Prometheus scrape, a periodic report or a plot reads, the same data as the report's
 * percentiles.
 *
 * <p>Immutable: every accessor returns a copy the caller owns. The distributions of one interval
 * are the difference of two snapshots ({@link #intervalSince}), so every periodic reader keeps its
 * own previous snapshot and no reader disturbs another.
 */
public final class Distributions {
  /** No operation recorded. */
  public static final Distributions EMPTY = new Distributions(Map.of());

  private static final int PHASES = Phase.values().length;

  // Per operation name: index 0 the operation's calls, 1 + ordinal each phase; null when none.
  private final Map<String, RecordedCounts[]> byOperation;

  private Distributions(Map<String, RecordedCounts[]> byOperation) {
    this.byOperation = byOperation;
  }

  /**
   * @return the operation names with a distribution, in snapshot order; never null
   */
  public Set<String> operations() {
    return Collections.unmodifiableSet(byOperation.keySet());
  }

  /**
   * The wall time of an operation's calls.
   *
   * @param operation the operation name
   * @return a copy owned by the caller, or null when the operation has no call in this snapshot
   */
  public Histogram operation(String operation) {
    return copy(get(operation, 0));
  }

  /**
   * The wall time of one phase's calls.
   *
   * @param operation the operation name
   * @param phase the phase, not null
   * @return a copy owned by the caller, or null when the phase has no call in this snapshot
   */
  public Histogram phase(String operation, Phase phase) {
    return copy(get(operation, 1 + phase.ordinal()));
  }

  /**
   * One phase's calls between an earlier snapshot and this one.
   *
   * @param earlier a snapshot of the same recorder taken before this one (after the same reset), or
   *     null for everything in this one
   * @param operation the operation name
   * @param phase the phase, not null
   * @return a histogram owned by the caller, empty when no call happened in between; null when the
   *     phase has no call in this snapshot
   */
  public Histogram intervalSince(Distributions earlier, String operation, Phase phase) {
    Histogram now = phase(operation, phase);
    if (now == null || earlier == null) {
      return now;
    }
    RecordedCounts before = earlier.get(operation, 1 + phase.ordinal());
    if (before == null) {
      return now;
    }
    try {
      now.subtract(before.toHistogram());
    } catch (IllegalArgumentException resetInBetween) {
      // Some count went down: the recorder was reset after the earlier snapshot, so everything in
      // this one is new.
      return phase(operation, phase);
    }
    return now;
  }

  /** Builds the distributions of one snapshot; used by the recorder. Not thread-safe. */
  public static final class Builder {
    private final Map<String, RecordedCounts[]> byOperation = new LinkedHashMap<>();

    /** Sets the operation's call durations (nanoseconds); the builder keeps them. */
    public void operation(String name, RecordedCounts calls) {
      slots(name)[0] = calls;
    }

    /** Sets one phase's call durations (nanoseconds); the builder keeps them. */
    public void phase(String name, Phase phase, RecordedCounts calls) {
      slots(name)[1 + phase.ordinal()] = calls;
    }

    /** The distributions set so far; {@link #EMPTY} when none. */
    public Distributions build() {
      return byOperation.isEmpty() ? EMPTY : new Distributions(byOperation);
    }

    private RecordedCounts[] slots(String name) {
      return byOperation.computeIfAbsent(name, k -> new RecordedCounts[1 + PHASES]);
    }
  }

  private RecordedCounts get(String operation, int slot) {
    RecordedCounts[] slots = byOperation.get(operation);
    return slots == null ? null : slots[slot];
  }

  private static Histogram copy(RecordedCounts h) {
    return h == null ? null : h.toHistogram();
  }
}
