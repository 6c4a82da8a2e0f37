package dev.boundarytracer.demo.stats;

import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.bridge.OperationKind;
import dev.boundarytracer.demo.config.Profile;

/**
 * Summed times of one operation kind, with the figures the agent's red-flag rules use.
 *
 * @param kind which operation
 * @param ops completed operations
 * @param docs their documents
 * @param phaseNanos summed time per phase, indexed by {@link Phase#ordinal()}
 * @param totalNanos summed operation time
 */
public record OperationTimes(
    OperationKind kind, long ops, long docs, long[] phaseNanos, long totalNanos) {

  /**
   * A phase's mean time per operation, scaled to 1000 documents.
   *
   * @param phase the phase
   * @return milliseconds per 1000 documents, 0 when nothing was recorded
   */
  public double millisPer1000Docs(Phase phase) {
    if (docs == 0) {
      return 0;
    }
    return phaseNanos[phase.ordinal()] / 1e6 * 1000.0 / docs;
  }

  /**
   * The mean operation time.
   *
   * @return milliseconds, 0 when nothing was recorded
   */
  public double meanTotalMillis() {
    return ops == 0 ? 0 : totalNanos / 1e6 / ops;
  }

  /**
   * The share of the operations' time spent in phases that hold the lock under a profile (extract,
   * materialize, and convert when contended or mislabeled), waiting for it included.
   *
   * @param profile the profile the operations ran under
   * @return 0..1
   */
  public double lockHeldRatio(Profile profile) {
    if (totalNanos == 0) {
      return 0;
    }
    long held = phaseNanos[Phase.EXTRACT.ordinal()] + phaseNanos[Phase.MATERIALIZE.ordinal()];
    if (profile.convertHoldsLock()) {
      held += phaseNanos[Phase.CONVERT.ordinal()];
    }
    return (double) held / totalNanos;
  }
}
