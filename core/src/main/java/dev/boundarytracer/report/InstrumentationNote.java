package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.InstrumentationCost;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;

/**
 * The one sentence the reports add when an operation spends more than {@link
 * InstrumentationCost#NOTE_SHARE} of its wall time in the instrumentation (see {@link
 * InstrumentationCost}). Stateless and thread-safe.
 */
final class InstrumentationNote {
  private InstrumentationNote() {}

  /**
   * The note, or null when no operation is above the share (or the cost is not calibrated).
   *
   * @param s the snapshot, not null
   * @return e.g. {@code Instrumentation: an estimated 12.5 % of parse's wall time (2000000 calls x
   *     25 ns over 400.0 ms) goes to the agent, above 5 %: its phases are too short and frequent to
   *     time cheaply; profile coarser methods}
   */
  static String of(ProfileSnapshot s) {
    InstrumentationCost cost = s.instrumentationCost();
    OperationSnapshot worst = cost.heaviest(s.operations());
    if (worst == null) {
      return null;
    }
    int others = cost.countAbove(s.operations()) - 1;
    return "Instrumentation: an estimated "
        + Units.format("%.1f", 100 * cost.share(worst))
        + " % of "
        + worst.name()
        + "'s wall time ("
        + InstrumentationCost.calls(worst)
        + " calls x "
        + Units.format("%.0f", cost.callNanos())
        + " ns over "
        + wall(worst.totalNanos().sumNanos())
        + ") goes to the agent, above "
        + Units.format("%.0f", 100 * InstrumentationCost.NOTE_SHARE)
        + " %"
        + (others > 0 ? " (and " + Units.plural(others, "more operation") + ")" : "")
        + ": its phases are too short and frequent to time cheaply; profile coarser methods";
  }

  private static String wall(long nanos) {
    return nanos >= 10_000_000_000L
        ? Units.format("%.1f s", nanos / 1e9)
        : Units.format("%.1f ms", nanos / 1e6);
  }
}
