package dev.boundarytracer.flags;

/**
 * The limits red flags are raised against. Phase times are per 1000 documents and are scaled by an
 * operation's documents per call before being compared with the phase's mean.
 *
 * <p>Defaults are the targets and red-flag levels of the four-phase boundary model (see the
 * README's model table); each is overridable by the config key named on its component.
 *
 * @param extractTargetNanos {@code threshold.extract.target}, default 1 ms per 1000 docs
 * @param extractCriticalNanos {@code threshold.extract.critical}, default 5 ms per 1000 docs
 * @param convertTargetNanos {@code threshold.convert.target}, default 10 ms per 1000 docs
 * @param convertParallelMinDocs {@code threshold.convert.parallelDocs}, default 50 docs per call
 * @param materializeTargetNanos {@code threshold.materialize.target}, default 2 ms per 1000 docs
 * @param materializeCriticalNanos {@code threshold.materialize.critical}, default 5 ms per 1000
 *     docs
 * @param lockHeldTarget {@code threshold.lockHeld.target}, default 0.30 of wall time
 * @param lockHeldCritical {@code threshold.lockHeld.critical}, default 0.50 of wall time
 * @param lockReleasesTarget {@code threshold.lockReleases.target}, default 2 per call
 * @param lockMismatchRatio {@code threshold.lock.mismatch}, default 0.10: a phase declared RELEASED
 *     that holds a designated lock for more than this share of its time is mislabelled
 * @param lockContendedRatio {@code threshold.lock.contended}, default 0.10 of operation wall time
 *     spent waiting for a designated lock
 * @param lockSaturatedUtilization {@code threshold.lock.saturated}, default 0.90 utilization of a
 *     designated lock used by more than one thread
 */
public record Thresholds(
    long extractTargetNanos,
    long extractCriticalNanos,
    long convertTargetNanos,
    long convertParallelMinDocs,
    long materializeTargetNanos,
    long materializeCriticalNanos,
    double lockHeldTarget,
    double lockHeldCritical,
    double lockReleasesTarget,
    double lockMismatchRatio,
    double lockContendedRatio,
    double lockSaturatedUtilization) {

  /** The model's figures, and the default measured-lock limits. */
  public static final Thresholds DEFAULTS =
      new Thresholds(
          1_000_000L, 5_000_000L, 10_000_000L, 50, 2_000_000L, 5_000_000L, 0.30, 0.50, 2);

  /** The model's limits with the default measured-lock limits (10 %, 10 %, 90 %). */
  public Thresholds(
      long extractTargetNanos,
      long extractCriticalNanos,
      long convertTargetNanos,
      long convertParallelMinDocs,
      long materializeTargetNanos,
      long materializeCriticalNanos,
      double lockHeldTarget,
      double lockHeldCritical,
      double lockReleasesTarget) {
    this(
        extractTargetNanos,
        extractCriticalNanos,
        convertTargetNanos,
        convertParallelMinDocs,
        materializeTargetNanos,
        materializeCriticalNanos,
        lockHeldTarget,
        lockHeldCritical,
        lockReleasesTarget,
        0.10,
        0.10,
        0.90);
  }
}
