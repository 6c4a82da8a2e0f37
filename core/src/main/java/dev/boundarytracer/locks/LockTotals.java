package dev.boundarytracer.locks;

import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The aggregator's cumulative view of one designated lock: merged histograms and the counters of
 * threads that have ended. Guarded by {@link LockAggregator}'s lock.
 */
final class LockTotals {
  final Histogram holds = ThreadLockRecorder.newHistogram();
  final Histogram waits = ThreadLockRecorder.newHistogram();
  long retiredHeldNanos;
  long retiredWaitNanos;
  long retiredAcquisitions;
  long firstAcquireNanos = Long.MAX_VALUE;
  long lastReleaseNanos = Long.MIN_VALUE;

  /** Per thread (name) of ended threads: held nanos and acquisitions. */
  final Map<String, long[]> retiredHolders = new HashMap<>();

  /** Held nanos and time at the last periodic statistics event. */
  long lastIntervalHeldNanos;

  long lastIntervalAcquisitions;

  void reset() {
    holds.reset();
    waits.reset();
    retiredHeldNanos = 0;
    retiredWaitNanos = 0;
    retiredAcquisitions = 0;
    firstAcquireNanos = Long.MAX_VALUE;
    lastReleaseNanos = Long.MIN_VALUE;
    retiredHolders.clear();
    lastIntervalHeldNanos = 0;
    lastIntervalAcquisitions = 0;
  }
}
