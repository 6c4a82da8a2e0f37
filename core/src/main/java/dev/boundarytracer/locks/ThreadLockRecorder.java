package dev.boundarytracer.locks;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * What one thread recorded for one designated lock: hold and wait histograms and exact counters.
 *
 * <p>Single writer: only the owning thread records. {@link LockAggregator} pulls the interval
 * histograms (lossless) and reads the counters, which may be one hold behind while the writer runs.
 */
final class ThreadLockRecorder {
  private static final int SIGNIFICANT_DIGITS = 2;

  final int lockId;
  final SingleWriterRecorder holds = new SingleWriterRecorder(SIGNIFICANT_DIGITS);
  final SingleWriterRecorder waits = new SingleWriterRecorder(SIGNIFICANT_DIGITS);
  volatile long heldNanos;
  volatile long waitNanos;
  volatile long acquisitions;
  long firstAcquireNanos = Long.MAX_VALUE;
  volatile long lastReleaseNanos = Long.MIN_VALUE;
  // Start of the hold in progress, 0 when none: snapshots count an open hold up to their moment.
  volatile long openSinceNanos;

  ThreadLockRecorder(int lockId) {
    this.lockId = lockId;
  }

  /** One outermost acquisition whose wait was observed. @param waitNanos >= 0 */
  void recordAcquisition(long nowNanos, long waitNanos) {
    acquisitions++;
    this.waitNanos += waitNanos;
    waits.recordValue(waitNanos);
    if (nowNanos < firstAcquireNanos) {
      firstAcquireNanos = nowNanos;
    }
  }

  /** One acquisition whose wait cannot be observed (a synchronized method's monitor). */
  void recordUnobservedAcquisition(long nowNanos) {
    acquisitions++;
    if (nowNanos < firstAcquireNanos) {
      firstAcquireNanos = nowNanos;
    }
  }

  /** A continuous hold starts. @param nowNanos its start, from {@link System#nanoTime()} */
  void holdStarted(long nowNanos) {
    openSinceNanos = nowNanos == 0 ? 1 : nowNanos;
  }

  /** One continuous hold ended. @param holdNanos >= 0 */
  void recordHold(long endNanos, long holdNanos) {
    // Closed before it is counted: a snapshot in between misses the hold rather than counting it
    // twice.
    openSinceNanos = 0;
    heldNanos += holdNanos;
    holds.recordValue(holdNanos);
    lastReleaseNanos = endNanos;
  }

  static Histogram newHistogram() {
    return new Histogram(SIGNIFICANT_DIGITS);
  }
}
