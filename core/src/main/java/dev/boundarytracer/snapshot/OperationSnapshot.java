package dev.boundarytracer.snapshot;

import java.util.List;

/**
 * Aggregated calls of one named operation: an immutable value that report writers read.
 *
 * @param name operation name, not null
 * @param count calls recorded, >= 0
 * @param errors calls that ended by throwing, 0..count
 * @param docs documents over all calls (see {@link dev.boundarytracer.DocCount}), >= 0
 * @param lockHeldNanos summed wall time of the phases that held the lock, >= 0
 * @param lockReleases entries into lock-released phases over all calls, >= 0
 * @param parallelCount calls marked as having run their convert phase in parallel, 0..count
 * @param allocatedBytesSum bytes allocated by the calling thread over all calls, >= 0
 * @param allocatedBytesMax most bytes allocated by one call, >= 0
 * @param activeNanos wall time from the first call's start to the last call's end, >= 0
 * @param totalNanos wall-time distribution of the calls
 * @param phases phases seen, in {@link dev.boundarytracer.Phase} order, never null
 * @param redFlags thresholds crossed, CRITICAL first, never null
 * @param locks measured use of the designated locks, never null; when {@link LockUsage#measured()},
 *     {@code lockHeldNanos} and {@code lockReleases} are the measured figures
 * @param allocationUnmeasuredCalls calls whose allocation the JVM could not measure (virtual
 *     threads, a JVM without per-thread allocation counters), 0..count; the allocation figures
 *     cover the other calls
 */
public record OperationSnapshot(
    String name,
    long count,
    long errors,
    long docs,
    long lockHeldNanos,
    long lockReleases,
    long parallelCount,
    long allocatedBytesSum,
    long allocatedBytesMax,
    long activeNanos,
    DurationStats totalNanos,
    List<PhaseSnapshot> phases,
    List<RedFlag> redFlags,
    LockUsage locks,
    long allocationUnmeasuredCalls) {

  public OperationSnapshot {
    phases = List.copyOf(phases);
    redFlags = List.copyOf(redFlags);
    locks = locks == null ? LockUsage.NONE : locks;
  }

  /** An operation whose every call's allocation was measured. */
  public OperationSnapshot(
      String name,
      long count,
      long errors,
      long docs,
      long lockHeldNanos,
      long lockReleases,
      long parallelCount,
      long allocatedBytesSum,
      long allocatedBytesMax,
      long activeNanos,
      DurationStats totalNanos,
      List<PhaseSnapshot> phases,
      List<RedFlag> redFlags,
      LockUsage locks) {
    this(
        name,
        count,
        errors,
        docs,
        lockHeldNanos,
        lockReleases,
        parallelCount,
        allocatedBytesSum,
        allocatedBytesMax,
        activeNanos,
        totalNanos,
        phases,
        redFlags,
        locks,
        0);
  }

  /**
   * A copy of this snapshot carrying the given flags.
   *
   * @param flags the flags, not null
   * @return a new snapshot
   */
  public OperationSnapshot withRedFlags(List<RedFlag> flags) {
    return new OperationSnapshot(
        name,
        count,
        errors,
        docs,
        lockHeldNanos,
        lockReleases,
        parallelCount,
        allocatedBytesSum,
        allocatedBytesMax,
        activeNanos,
        totalNanos,
        phases,
        flags,
        locks,
        allocationUnmeasuredCalls);
  }

  /**
   * Documents per call.
   *
   * @return {@code docs / count}, 0 when count is 0
   */
  public double docsPerOperation() {
    return count == 0 ? 0.0 : (double) docs / count;
  }

  /**
   * Wall time per document.
   *
   * @return summed total nanoseconds over summed documents, 0 when there are no documents
   */
  public double perDocNanos() {
    return docs == 0 ? 0.0 : (double) totalNanos.sumNanos() / docs;
  }

  /**
   * Calls per second over the time the operation was active (first start to last end, all threads).
   *
   * @return operations per second, 0 when nothing was active
   */
  public double opsPerSecond() {
    return activeNanos <= 0 ? 0.0 : count * 1e9 / activeNanos;
  }

  /**
   * Documents per second over the time the operation was active.
   *
   * @return documents per second, 0 when nothing was active
   */
  public double docsPerSecond() {
    return activeNanos <= 0 ? 0.0 : docs * 1e9 / activeNanos;
  }

  /**
   * Share of the operation's wall time spent holding the lock: declared (time in phases declared
   * HELD over wall time), or measured on the designated lock (held time over wall time minus the
   * time spent waiting for it, see {@link LockUsage#heldRatio}).
   *
   * @return 0..1, 0 when nothing was recorded
   */
  public double lockHeldRatio() {
    long total = totalNanos.sumNanos();
    if (locks.measured()) {
      return locks.heldRatio(total);
    }
    return total == 0 ? 0.0 : Math.min(1.0, (double) lockHeldNanos / total);
  }

  /**
   * Share of the operation's wall time its thread spent waiting to acquire a designated lock.
   *
   * @return 0..1, 0 when not measured or nothing was recorded
   */
  public double lockWaitRatio() {
    long total = totalNanos.sumNanos();
    return total == 0 ? 0.0 : Math.min(1.0, (double) locks.waitNanos() / total);
  }

  /**
   * Amdahl's ceiling on the speed-up from more threads, {@code 1/f} for lock-held ratio f.
   *
   * @return the ceiling, {@link Double#POSITIVE_INFINITY} when the lock is never held
   */
  public double amdahlCeiling() {
    double f = lockHeldRatio();
    return f == 0.0 ? Double.POSITIVE_INFINITY : 1.0 / f;
  }

  /**
   * Lock releases per call.
   *
   * @return {@code lockReleases / count}, 0 when count is 0
   */
  public double lockReleasesPerOperation() {
    return count == 0 ? 0.0 : (double) lockReleases / count;
  }

  /**
   * Mean bytes allocated per call by the calling thread, over the calls whose allocation was
   * measured.
   *
   * @return bytes, 0 when no call was measured
   */
  public double allocatedBytesMean() {
    long measured = count - allocationUnmeasuredCalls;
    return measured <= 0 ? 0.0 : (double) allocatedBytesSum / measured;
  }

  /**
   * @return false when every call's allocation was unmeasurable (virtual threads), else true
   */
  public boolean allocationMeasured() {
    return allocationUnmeasuredCalls == 0 || allocationUnmeasuredCalls < count;
  }

  /**
   * The phase's snapshot, if that phase was seen.
   *
   * @param phase the phase
   * @return the snapshot, or null when the phase never ran
   */
  public PhaseSnapshot phase(dev.boundarytracer.Phase phase) {
    for (PhaseSnapshot p : phases) {
      if (p.phase() == phase) {
        return p;
      }
    }
    return null;
  }

  /**
   * What all phases handed to other threads, summed (threads: the most of one phase call).
   *
   * @return never null; {@link Parallelism#NONE} when nothing was handed off
   */
  public Parallelism parallelism() {
    Parallelism sum = Parallelism.NONE;
    for (PhaseSnapshot p : phases) {
      sum = sum.plus(p.parallelism());
    }
    return sum;
  }

  /**
   * Task CPU time of all phases over the operation's wall time.
   *
   * @return the ratio, >= 0
   */
  public double taskCpuToWallRatio() {
    return parallelism().cpuToWallRatio(totalNanos.sumNanos());
  }

  /**
   * Where the convert phase's parallelism comes from: {@link ParallelismSource#MEASURED} when the
   * agent saw convert hand work to other threads, else {@link ParallelismSource#DECLARED} ({@code
   * BoundaryContext.setParallel}).
   *
   * @return never null
   */
  public ParallelismSource convertParallelismSource() {
    PhaseSnapshot convert = phase(dev.boundarytracer.Phase.CONVERT);
    return convert != null && convert.parallelism().measured()
        ? ParallelismSource.MEASURED
        : ParallelismSource.DECLARED;
  }

  /**
   * Calls whose convert phase ran in parallel: measured (tasks on at least two distinct threads)
   * when the agent saw convert hand off work, else as declared.
   *
   * @return 0..count
   */
  public long convertParallelCount() {
    if (convertParallelismSource() == ParallelismSource.MEASURED) {
      return Math.min(count, phase(dev.boundarytracer.Phase.CONVERT).parallelism().parallelCalls());
    }
    return parallelCount;
  }
}
