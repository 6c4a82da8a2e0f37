package dev.boundarytracer.snapshot;

import java.util.List;

/**
 * One designated lock over the whole run (since the last reset): how busy it was and who held it.
 * Only finished holds are counted.
 *
 * @param name the lock's name, not null
 * @param activeNanos from its first acquisition to its last release, >= 0
 * @param heldNanos summed hold time of every thread, >= 0
 * @param waitNanos summed wait time of every thread, >= 0
 * @param acquisitions outermost acquisitions of every thread, >= 0
 * @param threads distinct threads that acquired it, >= 0
 * @param holdNanos distribution of continuous holds (a wait splits a hold)
 * @param waitNanosPerAcquisition distribution of the wait of each observed acquisition
 * @param topHolders threads that held it longest, longest first, at most 5, never null
 * @param redFlags lock-level flags ({@code LOCK_SATURATED}), never null
 */
public record LockSnapshot(
    String name,
    long activeNanos,
    long heldNanos,
    long waitNanos,
    long acquisitions,
    int threads,
    DurationStats holdNanos,
    DurationStats waitNanosPerAcquisition,
    List<LockHolder> topHolders,
    List<RedFlag> redFlags) {

  public LockSnapshot {
    topHolders = List.copyOf(topHolders);
    redFlags = List.copyOf(redFlags);
  }

  /**
   * Share of wall time the lock was held by any thread: the process-wide GIL busy ratio. Holds of a
   * read lock by several threads at once each count, so the value is capped at 1.
   *
   * @return 0..1, 0 when the lock was never active
   */
  public double utilization() {
    return activeNanos <= 0 ? 0.0 : Math.min(1.0, (double) heldNanos / activeNanos);
  }

  /**
   * A copy carrying the given flags.
   *
   * @param flags not null
   * @return a new snapshot
   */
  public LockSnapshot withRedFlags(List<RedFlag> flags) {
    return new LockSnapshot(
        name,
        activeNanos,
        heldNanos,
        waitNanos,
        acquisitions,
        threads,
        holdNanos,
        waitNanosPerAcquisition,
        topHolders,
        flags);
  }
}
