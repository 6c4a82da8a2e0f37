package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;

/**
 * One operation's events summed: its {@code Operation} events, the {@code Phase} events and the
 * {@code PhaseStatistics} events of its phases. Not thread-safe.
 */
final class OperationCalls {
  final String name;
  final DurationAccumulator totalNanos = new DurationAccumulator();
  final Map<Phase, PhaseCalls> phases = new EnumMap<>(Phase.class);
  final Map<Phase, IntervalStatistics> statistics = new EnumMap<>(Phase.class);
  long errors;
  long docs;
  long lockHeldNanos;
  long lockReleases;
  long parallelCount;
  long allocatedSum;
  long allocatedMax;
  long firstStartNanos = Long.MAX_VALUE;
  long lastEndNanos = Long.MIN_VALUE;
  long measuredCount;
  long measuredHeldNanos;
  long measuredReleases;
  long lockWaitNanos;
  long lockAcquisitions;
  long declaredHeldNanos;

  OperationCalls(String name) {
    this.name = name;
  }

  /** Adds one {@code dev.boundarytracer.Operation} event. */
  void addOperation(RecordedEvent e) {
    long start = Instants.nanos(e.getStartTime());
    long duration = e.getDuration().toNanos();
    totalNanos.add(duration);
    firstStartNanos = Math.min(firstStartNanos, start);
    lastEndNanos = Math.max(lastEndNanos, start + duration);
    if (e.getBoolean("failed")) {
      errors++;
    }
    docs += e.getLong("docs");
    // The JSON's parallelCount counts what the calls declared (the measured figure is convert's).
    if (e.hasField("declaredParallel")
        ? e.getBoolean("declaredParallel")
        : e.getBoolean("parallel")) {
      parallelCount++;
    }
    long allocated = e.getLong("allocated"); // -1: not measured (a virtual thread)
    if (allocated >= 0) {
      allocatedSum += allocated;
      allocatedMax = Math.max(allocatedMax, allocated);
    }
    boolean measured = Events.has(e, "lockSource") && "MEASURED".equals(e.getString("lockSource"));
    if (measured) {
      measuredCount++;
      measuredHeldNanos += e.getLong("lockHeldTime");
      measuredReleases += e.getLong("lockReleases");
      lockWaitNanos += e.getLong("lockWaitTime");
      lockAcquisitions += e.getLong("lockAcquisitions");
    } else {
      lockHeldNanos += e.getLong("lockHeldTime");
      lockReleases += e.getLong("lockReleases");
    }
  }

  /** Adds one {@code dev.boundarytracer.Phase} event of this operation. */
  void addPhase(Phase phase, RecordedEvent e) {
    phases.computeIfAbsent(phase, PhaseCalls::new).add(e);
  }

  /** Adds one {@code dev.boundarytracer.PhaseStatistics} event of this operation. */
  void addStatistics(Phase phase, RecordedEvent e) {
    statistics.computeIfAbsent(phase, p -> new IntervalStatistics()).add(e);
  }

  /**
   * Whether a phase's distribution comes from the statistics events: they counted more calls than
   * the per-call events hold (the per-call events were thresholded or disabled).
   */
  boolean fromStatistics(Phase phase) {
    IntervalStatistics s = statistics.get(phase);
    PhaseCalls c = phases.get(phase);
    return s != null && s.count() > (c == null ? 0 : c.count());
  }

  /** The operation's snapshot, without red flags. */
  OperationSnapshot snapshot() {
    long count = totalNanos.count();
    LockSource source =
        count > 0 && measuredCount * 2 >= count ? LockSource.MEASURED : LockSource.DECLARED;
    List<PhaseSnapshot> phaseSnapshots = new ArrayList<>();
    long declared = 0;
    for (Phase phase : Phase.values()) {
      PhaseSnapshot p = phaseSnapshot(phase, source);
      if (p != null) {
        phaseSnapshots.add(p);
        declared += p.locks().declaredHeldNanos();
      }
    }
    long active = count == 0 ? 0 : Math.max(0, lastEndNanos - firstStartNanos);
    boolean measured = source == LockSource.MEASURED;
    // The declared held time of the Operation events, when every call has one, is exact.
    long declaredHeld = measured ? declared : lockHeldNanos;
    LockUsage usage =
        measured
            ? new LockUsage(
                source,
                measuredHeldNanos,
                lockWaitNanos,
                lockAcquisitions,
                measuredReleases,
                declaredHeld)
            : new LockUsage(source, 0, 0, 0, 0, declaredHeld);
    DurationStats total = totalNanos.stats();
    long calls = count;
    double scale = 1.0;
    if (count > 0 && statisticsCalls() > count) {
      // Operation events fell below their threshold: the recorded calls stand for all of them.
      calls = statisticsCalls();
      scale = (double) calls / count;
      usage =
          new LockUsage(
              usage.source(),
              Math.round(usage.heldNanos() * scale),
              Math.round(usage.waitNanos() * scale),
              Math.round(usage.acquisitions() * scale),
              Math.round(usage.releases() * scale),
              Math.round(usage.declaredHeldNanos() * scale));
      total =
          new DurationStats(
              calls,
              Math.round(total.sumNanos() * scale),
              total.minNanos(),
              total.p50Nanos(),
              total.p90Nanos(),
              total.p99Nanos(),
              total.maxNanos());
    }
    return new OperationSnapshot(
        name,
        calls,
        Math.round(errors * scale),
        Math.round(docs * scale),
        Math.round((measured ? measuredHeldNanos : lockHeldNanos) * scale),
        Math.round((measured ? measuredReleases : lockReleases) * scale),
        Math.round(parallelCount * scale),
        Math.round(allocatedSum * scale),
        allocatedMax,
        active,
        total,
        phaseSnapshots,
        List.of(),
        usage);
  }

  private PhaseSnapshot phaseSnapshot(Phase phase, LockSource source) {
    PhaseCalls calls = phases.get(phase);
    if (fromStatistics(phase)) {
      IntervalStatistics s = statistics.get(phase);
      if (calls == null || calls.count() == 0) {
        return new PhaseSnapshot(phase, LockUse.RELEASED, s.count(), 0, s.stats());
      }
      // The per-call events above the threshold stand for all calls: their hand-offs scaled up.
      PhaseSnapshot recorded = calls.snapshot(source);
      double scale = (double) s.count() / calls.count();
      return new PhaseSnapshot(
          phase,
          recorded.lock(),
          s.count(),
          recorded.errors(),
          s.stats(),
          scaled(recorded.parallelism(), scale),
          recorded.locks());
    }
    return calls == null ? null : calls.snapshot(source);
  }

  /**
   * Calls the statistics events counted beyond the {@code Operation} events (thresholded): the most
   * calls any phase of this operation had, when above the operation events' count.
   */
  long statisticsCalls() {
    long most = 0;
    for (IntervalStatistics s : statistics.values()) {
      most = Math.max(most, s.count());
    }
    return most;
  }

  private static Parallelism scaled(Parallelism p, double scale) {
    if (p == null || !p.measured()) {
      return p;
    }
    return new Parallelism(
        Math.round(p.handOffCalls() * scale),
        Math.round(p.parallelCalls() * scale),
        Math.round(p.threadsSum() * scale),
        p.threadsMax(),
        Math.round(p.tasks() * scale),
        Math.round(p.tasksWithoutCpu() * scale),
        Math.round(p.taskCpuNanos() * scale),
        Math.round(p.taskWallNanos() * scale));
  }
}
