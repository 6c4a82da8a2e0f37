package dev.boundarytracer.recording;

import dev.boundarytracer.Phase;
import org.HdrHistogram.Histogram;

/**
 * What one thread recorded for one operation: duration histograms and counters.
 *
 * <p>Single writer: only the owning thread calls the {@code record...} methods. Any thread may read
 * through {@link Aggregator}, which pulls what was recorded since its last visit (lossless, by
 * differencing {@link SingleWriterHistogram}'s growing counts) and reads the counters. Counters are
 * plain fields written by one thread; a reader may see them up to one call behind, and sees them
 * exactly once the writer is quiescent.
 */
final class ThreadOperationRecorder {
  /** Significant decimal digits of every duration histogram: values within 1 %. */
  static final int SIGNIFICANT_DIGITS = SingleWriterHistogram.SIGNIFICANT_DIGITS;

  private static final int PHASES = Phase.values().length;

  final int operationId;
  final SingleWriterHistogram total = new SingleWriterHistogram();
  final SingleWriterHistogram[] phases = new SingleWriterHistogram[PHASES];

  /** Written only by the owning thread. */
  final OperationCounters counters = new OperationCounters();

  /** Counters at the last {@link Aggregator#reset()}; read and written only by the aggregator. */
  OperationCounters resetBaseline = new OperationCounters();

  /**
   * True once a reset happened after this recorder's first call: its min and max then mix calls
   * from before the reset and are not used. Read and written only by the aggregator.
   */
  boolean minMaxStale;

  ThreadOperationRecorder(int operationId) {
    this.operationId = operationId;
    for (int i = 0; i < PHASES; i++) {
      phases[i] = new SingleWriterHistogram();
    }
  }

  /**
   * Records a phase's total within one finished call of the operation (on its own thread).
   *
   * @param phase the phase's ordinal
   * @param docs the operation call's documents, >= 0 (0: not fitted)
   * @param totalNanos the phase's summed wall time in that call, >= 0
   */
  void recordPhaseTotal(int phase, long docs, long totalNanos) {
    OperationCounters c = counters;
    c.phaseOps[phase]++;
    c.phaseOpNanos[phase] += totalNanos;
    if (totalNanos > c.phaseOpMaxNanos[phase]) {
      c.phaseOpMaxNanos[phase] = totalNanos;
    }
    if (docs > 0) {
      c.phaseCost[phase].add(docs, totalNanos);
    }
  }

  /** Records one finished call of the operation. All durations in nanoseconds, >= 0. */
  void recordOperation(
      long startNanos,
      long durationNanos,
      boolean failed,
      long docCount,
      long heldNanos,
      long releases,
      boolean parallel,
      long allocatedBytes) {
    OperationCounters c = counters;
    c.count++;
    if (failed) {
      c.errors++;
    }
    c.docs += docCount;
    c.totalNanos += durationNanos;
    c.lockHeldNanos += heldNanos;
    c.lockReleases += releases;
    if (parallel) {
      c.parallelCount++;
    }
    if (allocatedBytes < 0) {
      c.allocationUnmeasured++;
    } else if (allocatedBytes > 0) {
      c.allocatedBytesSum += allocatedBytes;
      if (allocatedBytes > c.allocatedBytesMax) {
        c.allocatedBytesMax = allocatedBytes;
      }
    }
    if (startNanos < c.firstStartNanos) {
      c.firstStartNanos = startNanos;
    }
    long end = startNanos + durationNanos;
    if (end > c.lastEndNanos) {
      c.lastEndNanos = end;
    }
    if (durationNanos < c.minNanos) {
      c.minNanos = durationNanos;
    }
    if (durationNanos > c.maxNanos) {
      c.maxNanos = durationNanos;
    }
    total.record(durationNanos);
  }

  /** Records one finished call of a phase. */
  void recordPhase(int phase, long durationNanos, boolean failed, boolean held) {
    OperationCounters c = counters;
    c.phaseCount[phase]++;
    if (failed) {
      c.phaseErrors[phase]++;
    }
    if (held) {
      c.phaseHeldCount[phase]++;
    }
    c.phaseNanos[phase] += durationNanos;
    if (durationNanos < c.phaseMinNanos[phase]) {
      c.phaseMinNanos[phase] = durationNanos;
    }
    if (durationNanos > c.phaseMaxNanos[phase]) {
      c.phaseMaxNanos[phase] = durationNanos;
    }
    phases[phase].record(durationNanos);
  }

  /** Records the measured lock figures of one finished call (see {@link LockMarks#take}). */
  void recordOperationLocks(LockMarks marks, boolean measured) {
    counters.locks.recordOperation(marks, measured);
  }

  /** Records the measured lock figures of one finished phase call. */
  void recordPhaseLocks(int phase, LockMarks marks, boolean measured) {
    counters.locks.recordPhase(phase, marks, measured);
  }

  /** Moves what was recorded since the last call into the given histograms (reader side). */
  void drainInto(Histogram totalSink, Histogram[] phaseSinks, Histogram[] phaseIntervalSinks) {
    total.drainInto(totalSink);
    for (int i = 0; i < PHASES; i++) {
      phases[i].drainInto(phaseSinks[i], phaseIntervalSinks == null ? null : phaseIntervalSinks[i]);
    }
  }
}
