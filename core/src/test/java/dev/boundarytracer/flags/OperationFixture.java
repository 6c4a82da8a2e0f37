package dev.boundarytracer.flags;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.JvmSnapshot;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds fixed operation snapshots by hand for rule and report tests.
 *
 * <p>Unless set, derived figures follow from the phases as a single thread would record them: the
 * total is the sum of the phases, the lock-held time the sum of the HELD phases, one lock release
 * per RELEASED phase per call, active time equal to the total.
 */
public final class OperationFixture {

  private final String name;
  private long count = 1;
  private long docsPerCall;
  private long errors;
  private long parallelCount = -1;
  private long allocatedBytesSum;
  private long allocatedBytesMax;
  private Long lockHeldNanos;
  private Long lockReleases;
  private Long activeNanos;
  private DurationStats total;
  private final Map<Phase, PhaseSnapshot> phases = new EnumMap<>(Phase.class);
  private final Map<Phase, long[]> phaseMeans = new EnumMap<>(Phase.class);
  private final List<RedFlag> flags = new ArrayList<>();

  private OperationFixture(String name) {
    this.name = name;
  }

  /** An operation with one call, no documents and no phases. */
  public static OperationFixture operation(String name) {
    return new OperationFixture(name);
  }

  /**
   * A healthy {@code insert_many}: 1000 docs per call, 10 calls, all parallel, extract 0.5 ms,
   * convert 4 ms, network 5 ms, materialize 0.5 ms (lock held 10 %, 2 releases per call).
   */
  public static OperationFixture healthyInsertMany() {
    return operation("insert_many")
        .calls(10)
        .docsPerCall(1000)
        .parallel(10)
        .phase(Phase.EXTRACT, 500_000)
        .phase(Phase.CONVERT, 4_000_000)
        .phase(Phase.NETWORK, 5_000_000)
        .phase(Phase.MATERIALIZE, 500_000);
  }

  /** Statistics with every figure equal to {@code nanos}. */
  public static DurationStats flat(long count, long nanos) {
    return new DurationStats(count, count * nanos, nanos, nanos, nanos, nanos, nanos);
  }

  /** A JVM snapshot with round figures: 12.4 s up, 20.1 s cpu, 210 MiB heap, 340 MiB rss. */
  public static JvmSnapshot jvm() {
    return new JvmSnapshot(
        12_400, 20.1, 50L << 20, 120L << 20, 210L << 20, 340L << 20, "17.0.15", 0);
  }

  /** A profile of the given operations with {@link #jvm()}. */
  public static ProfileSnapshot profile(OperationSnapshot... operations) {
    return new ProfileSnapshot(List.of(operations), jvm());
  }

  public OperationFixture calls(long count) {
    this.count = count;
    return this;
  }

  public OperationFixture docsPerCall(long docsPerCall) {
    this.docsPerCall = docsPerCall;
    return this;
  }

  public OperationFixture errors(long errors) {
    this.errors = errors;
    return this;
  }

  public OperationFixture parallel(long parallelCount) {
    this.parallelCount = parallelCount;
    return this;
  }

  public OperationFixture allocated(long sum, long max) {
    this.allocatedBytesSum = sum;
    this.allocatedBytesMax = max;
    return this;
  }

  /** A phase with its default lock use whose every call took {@code meanNanos}. */
  public OperationFixture phase(Phase phase, long meanNanos) {
    return phase(phase, LockUse.DEFAULT, meanNanos);
  }

  /** A phase whose every call took {@code meanNanos}; replaces an earlier one. */
  public OperationFixture phase(Phase phase, LockUse lock, long meanNanos) {
    phases.remove(phase);
    phaseMeans.put(phase, new long[] {lock.resolve(phase).ordinal(), meanNanos});
    return this;
  }

  /** A phase with explicit statistics and errors; replaces an earlier one. */
  public OperationFixture phase(Phase phase, LockUse lock, long errors, DurationStats nanos) {
    phaseMeans.remove(phase);
    phases.put(phase, new PhaseSnapshot(phase, lock.resolve(phase), nanos.count(), errors, nanos));
    return this;
  }

  /** Gives an already added phase what it handed to other threads. */
  public OperationFixture parallelism(Phase phase, Parallelism parallelism) {
    PhaseSnapshot p = phases.get(phase);
    if (p == null) {
      long[] spec = phaseMeans.remove(phase);
      p = new PhaseSnapshot(phase, LockUse.values()[(int) spec[0]], count, 0, flat(count, spec[1]));
    }
    phases.put(
        phase,
        new PhaseSnapshot(
            p.phase(), p.lock(), p.count(), p.errors(), p.nanos(), parallelism, LockUsage.NONE));
    return this;
  }

  public OperationFixture withoutPhase(Phase phase) {
    phases.remove(phase);
    phaseMeans.remove(phase);
    return this;
  }

  public OperationFixture total(DurationStats total) {
    this.total = total;
    return this;
  }

  public OperationFixture lockHeldNanos(long nanos) {
    this.lockHeldNanos = nanos;
    return this;
  }

  public OperationFixture lockReleases(long releases) {
    this.lockReleases = releases;
    return this;
  }

  public OperationFixture activeNanos(long nanos) {
    this.activeNanos = nanos;
    return this;
  }

  public OperationFixture flag(RedFlag flag) {
    flags.add(flag);
    return this;
  }

  public OperationSnapshot build() {
    Map<Phase, PhaseSnapshot> all = new EnumMap<>(phases);
    phaseMeans.forEach(
        (phase, spec) ->
            all.put(
                phase,
                new PhaseSnapshot(
                    phase, LockUse.values()[(int) spec[0]], count, 0, flat(count, spec[1]))));
    long phaseSum = 0;
    long heldSum = 0;
    long released = 0;
    for (PhaseSnapshot p : all.values()) {
      phaseSum += p.nanos().sumNanos();
      if (p.lock() == LockUse.HELD) {
        heldSum += p.nanos().sumNanos();
      } else {
        released += count;
      }
    }
    DurationStats totalStats = total != null ? total : perCall(count, phaseSum);
    return new OperationSnapshot(
        name,
        count,
        errors,
        docsPerCall * count,
        lockHeldNanos != null ? lockHeldNanos : heldSum,
        lockReleases != null ? lockReleases : released,
        parallelCount >= 0 ? parallelCount : 0,
        allocatedBytesSum,
        allocatedBytesMax,
        activeNanos != null ? activeNanos : totalStats.sumNanos(),
        totalStats,
        List.copyOf(all.values()),
        flags,
        LockUsage.NONE);
  }

  private static DurationStats perCall(long count, long sum) {
    return count == 0 ? DurationStats.EMPTY : flat(count, sum / count);
  }
}
