package dev.boundarytracer.live;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.Distributions;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * The profile as Prometheus metrics, built from one {@link ProfileSnapshot} taken when Prometheus
 * scrapes: the same figures as the exit report, nothing kept between scrapes, nothing added to the
 * recording's hot path. A scrape allocates in proportion to operations × phases (plus designated
 * locks and raised flags).
 *
 * <p>Names follow Prometheus conventions: a {@code boundary_} prefix, base units (seconds, ratios
 * 0..1), {@code _total} on counters. Label values are operation, phase, lock and flag names, so
 * their number is bounded by {@code boundary.maxOperations}.
 */
final class ProfileMetrics implements MultiCollector {
  private static final double NANOS_PER_SECOND = 1e9;

  private final Supplier<ProfileSnapshot> profile;

  /**
   * @param profile builds the current snapshot with red flags, not null; called once per scrape
   */
  ProfileMetrics(Supplier<ProfileSnapshot> profile) {
    this.profile = profile;
  }

  @Override
  public MetricSnapshots collect() {
    return metrics(profile.get());
  }

  /**
   * The metrics of one snapshot.
   *
   * @param snapshot not null
   * @return the metric families, never null
   */
  static MetricSnapshots metrics(ProfileSnapshot snapshot) {
    List<OperationSnapshot> ops = snapshot.operations();
    Distributions dist = snapshot.distributions();
    List<CounterDataPointSnapshot> calls = new ArrayList<>(ops.size());
    List<CounterDataPointSnapshot> errors = new ArrayList<>(ops.size());
    List<CounterDataPointSnapshot> docs = new ArrayList<>(ops.size());
    List<CounterDataPointSnapshot> releases = new ArrayList<>(ops.size());
    List<GaugeDataPointSnapshot> heldRatio = new ArrayList<>(ops.size());
    List<HistogramDataPointSnapshot> opDurations = new ArrayList<>(ops.size());
    List<HistogramDataPointSnapshot> phaseDurations = new ArrayList<>();
    List<GaugeDataPointSnapshot> flags = new ArrayList<>();
    Set<Labels> flagLabels = new HashSet<>();
    for (OperationSnapshot op : ops) {
      Labels labels = Labels.of("operation", op.name());
      calls.add(counter(op.count(), labels));
      errors.add(counter(op.errors(), labels));
      docs.add(counter(op.docs(), labels));
      releases.add(counter(op.lockReleases(), labels));
      heldRatio.add(gauge(op.lockHeldRatio(), labels));
      Histogram total = dist.operation(op.name());
      if (total != null) {
        opDurations.add(histogram(total, op.totalNanos().sumNanos(), labels));
      }
      for (PhaseSnapshot phase : op.phases()) {
        Histogram h = dist.phase(op.name(), phase.phase());
        if (h != null) {
          Labels pl = Labels.of("operation", op.name(), "phase", phaseLabel(phase.phase()));
          phaseDurations.add(histogram(h, phase.nanos().sumNanos(), pl));
        }
      }
      for (RedFlag flag : op.redFlags()) {
        Labels fl =
            Labels.of(
                "flag", flag.id(),
                "operation", op.name(),
                "phase", flag.phase() == null ? "" : phaseLabel(flag.phase()),
                "severity", flag.severity().name().toLowerCase(Locale.ROOT));
        if (flagLabels.add(fl)) {
          flags.add(gauge(1, fl));
        }
      }
    }
    List<MetricSnapshot> out = new ArrayList<>();
    out.add(new CounterSnapshot(meta("boundary_operation_calls", "Calls of the operation"), calls));
    out.add(
        new CounterSnapshot(
            meta("boundary_operation_errors", "Calls of the operation that threw"), errors));
    out.add(
        new CounterSnapshot(
            meta("boundary_operation_documents", "Documents the operation's calls carried"), docs));
    out.add(
        new CounterSnapshot(
            meta(
                "boundary_operation_lock_releases",
                "Times the operation's threads stopped holding the lock"),
            releases));
    out.add(
        new GaugeSnapshot(
            meta(
                "boundary_operation_lock_held_ratio",
                "Share of the operation's wall time holding the lock, 0..1, since the start"),
            heldRatio));
    out.add(
        new HistogramSnapshot(
            seconds("boundary_operation_duration_seconds", "Wall time of the operation's calls"),
            opDurations));
    out.add(
        new HistogramSnapshot(
            seconds("boundary_phase_duration_seconds", "Wall time of one phase's calls"),
            phaseDurations));
    out.add(
        new GaugeSnapshot(
            meta("boundary_red_flag", "1 while the red flag is raised on the operation"), flags));
    addLocks(snapshot.locks(), out);
    out.add(
        new CounterSnapshot(
            meta(
                "boundary_suppressed_errors",
                "Errors the agent's own code caught and suppressed; 0 when healthy"),
            List.of(counter(snapshot.jvm().suppressedErrors(), Labels.EMPTY))));
    return new MetricSnapshots(out);
  }

  private static void addLocks(List<LockSnapshot> locks, List<MetricSnapshot> out) {
    List<GaugeDataPointSnapshot> utilization = new ArrayList<>(locks.size());
    List<CounterDataPointSnapshot> held = new ArrayList<>(locks.size());
    List<CounterDataPointSnapshot> wait = new ArrayList<>(locks.size());
    List<CounterDataPointSnapshot> acquisitions = new ArrayList<>(locks.size());
    List<GaugeDataPointSnapshot> flags = new ArrayList<>();
    Set<Labels> flagLabels = new HashSet<>();
    for (LockSnapshot lock : locks) {
      Labels labels = Labels.of("lock", lock.name());
      utilization.add(gauge(lock.utilization(), labels));
      held.add(counter(lock.heldNanos() / NANOS_PER_SECOND, labels));
      wait.add(counter(lock.waitNanos() / NANOS_PER_SECOND, labels));
      acquisitions.add(counter(lock.acquisitions(), labels));
      for (RedFlag flag : lock.redFlags()) {
        Labels fl =
            Labels.of(
                "flag", flag.id(),
                "lock", lock.name(),
                "severity", flag.severity().name().toLowerCase(Locale.ROOT));
        if (flagLabels.add(fl)) {
          flags.add(gauge(1, fl));
        }
      }
    }
    out.add(
        new GaugeSnapshot(
            meta(
                "boundary_lock_utilization_ratio",
                "Share of wall time the designated lock was held by any thread, 0..1"),
            utilization));
    out.add(
        new CounterSnapshot(
            seconds("boundary_lock_held_seconds", "Time threads held the designated lock"), held));
    out.add(
        new CounterSnapshot(
            seconds("boundary_lock_wait_seconds", "Time threads waited for the designated lock"),
            wait));
    out.add(
        new CounterSnapshot(
            meta(
                "boundary_lock_acquisitions",
                "Outermost acquisitions of the designated lock, all threads"),
            acquisitions));
    out.add(
        new GaugeSnapshot(
            meta("boundary_lock_red_flag", "1 while the red flag is raised on the lock"), flags));
  }

  private static HistogramDataPointSnapshot histogram(Histogram nanos, long sumNanos, Labels l) {
    return new HistogramDataPointSnapshot(
        DurationBuckets.classic(nanos),
        DurationBuckets.NATIVE_SCHEMA,
        DurationBuckets.zeroCount(nanos),
        0.0,
        DurationBuckets.nativeBuckets(nanos),
        io.prometheus.metrics.model.snapshots.NativeHistogramBuckets.EMPTY,
        sumNanos / NANOS_PER_SECOND,
        l,
        null,
        0L);
  }

  private static CounterDataPointSnapshot counter(double value, Labels labels) {
    return new CounterDataPointSnapshot(value, labels, null, 0L);
  }

  private static GaugeDataPointSnapshot gauge(double value, Labels labels) {
    return new GaugeDataPointSnapshot(value, labels, null);
  }

  private static String phaseLabel(Phase phase) {
    return phase.name().toLowerCase(Locale.ROOT);
  }

  private static MetricMetadata meta(String name, String help) {
    return new MetricMetadata(name, help);
  }

  private static MetricMetadata seconds(String name, String help) {
    return new MetricMetadata(name, help, Unit.SECONDS);
  }
}
