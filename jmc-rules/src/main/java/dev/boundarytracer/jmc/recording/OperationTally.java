package dev.boundarytracer.jmc.recording;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calls of one operation read from a recording's {@code Operation} events, with its phases.
 * Builds the {@link OperationSnapshot} the agent would have built from the same calls, so that the
 * agent's own red-flag rules judge it. Not thread-safe.
 */
final class OperationTally {
  private final String name;
  private final Durations durations = new Durations();
  private final Map<Phase, PhaseTally> phases = new EnumMap<>(Phase.class);
  private long errors;
  private long docs;
  private long lockHeldNanos;
  private long lockReleases;
  private long parallelCount;
  private long allocatedSum;
  private long allocatedMax;
  // Calls whose allocation the JVM could not measure (the event's field is -1: virtual threads).
  private long allocationUnmeasured;
  private long measuredCalls;
  private long lockWaitNanos;
  private long lockAcquisitions;
  private long firstStartNanos = Long.MAX_VALUE;
  private long lastEndNanos = Long.MIN_VALUE;

  OperationTally(String name) {
    this.name = name;
  }

  PhaseTally phase(Phase phase) {
    return phases.computeIfAbsent(phase, PhaseTally::new);
  }

  /** One operation call, as its event has it. */
  void addCall(
      long durationNanos,
      long endEpochNanos,
      boolean failed,
      long callDocs,
      long heldNanos,
      long releases,
      boolean parallel,
      long allocatedBytes,
      boolean measured,
      long waitNanos,
      long acquisitions) {
    durations.add(durationNanos);
    if (failed) {
      errors++;
    }
    docs += callDocs;
    lockHeldNanos += heldNanos;
    lockReleases += releases;
    if (parallel) {
      parallelCount++;
    }
    if (allocatedBytes < 0) {
      allocationUnmeasured++;
    } else {
      allocatedSum += allocatedBytes;
      allocatedMax = Math.max(allocatedMax, allocatedBytes);
    }
    if (measured) {
      measuredCalls++;
    }
    lockWaitNanos += waitNanos;
    lockAcquisitions += acquisitions;
    firstStartNanos = Math.min(firstStartNanos, endEpochNanos - durationNanos);
    lastEndNanos = Math.max(lastEndNanos, endEpochNanos);
  }

  /** As the agent decides: measured when at least half the calls ran with a designated lock. */
  private LockSource source() {
    long calls = durations.count();
    long measured = measuredCalls;
    if (calls == 0) {
      for (PhaseTally p : phases.values()) {
        calls += p.calls();
        measured += p.measuredCalls();
      }
    }
    return calls > 0 && measured * 2 >= calls ? LockSource.MEASURED : LockSource.DECLARED;
  }

  OperationSnapshot snapshot() {
    LockSource source = source();
    List<PhaseSnapshot> phaseSnapshots = new ArrayList<>();
    long declaredHeld = 0;
    for (PhaseTally p : phases.values()) {
      phaseSnapshots.add(p.snapshot(source));
      declaredHeld += p.declaredHeldNanos();
    }
    long count = durations.count();
    LockUsage locks =
        source == LockSource.MEASURED
            ? new LockUsage(
                source, lockHeldNanos, lockWaitNanos, lockAcquisitions, lockReleases, declaredHeld)
            : new LockUsage(source, 0, 0, 0, 0, lockHeldNanos);
    long active = count == 0 ? 0 : Math.max(0, lastEndNanos - firstStartNanos);
    return new OperationSnapshot(
        name,
        count,
        errors,
        docs,
        lockHeldNanos,
        lockReleases,
        parallelCount,
        allocatedSum,
        allocatedMax,
        active,
        durations.stats(),
        phaseSnapshots,
        List.of(),
        locks,
        allocationUnmeasured);
  }
}
