package dev.boundarytracer.live;

import dev.boundarytracer.BoundaryMetrics;
import dev.boundarytracer.Phase;
import dev.boundarytracer.report.ReportFiles;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The MXBean implementations, each reading the latest snapshot from one shared cache. */
final class JmxBeans {
  private JmxBeans() {}

  /** One snapshot shared by the reads within {@link #MAX_AGE_NANOS}. */
  static final class SnapshotCache {
    static final long MAX_AGE_NANOS = 500_000_000L;
    private final Supplier<ProfileSnapshot> profile;
    private ProfileSnapshot last;
    private long takenNanos;

    SnapshotCache(Supplier<ProfileSnapshot> profile) {
      this.profile = profile;
    }

    synchronized ProfileSnapshot get() {
      long now = System.nanoTime();
      if (last == null || now - takenNanos > MAX_AGE_NANOS) {
        last = profile.get();
        takenNanos = now;
      }
      return last;
    }

    synchronized void invalidate() {
      last = null;
    }
  }

  static final class Operation implements OperationMXBean {
    private final String name;
    private final SnapshotCache cache;

    Operation(String name, SnapshotCache cache) {
      this.name = name;
      this.cache = cache;
    }

    private OperationSnapshot op() {
      for (OperationSnapshot o : cache.get().operations()) {
        if (o.name().equals(name)) {
          return o;
        }
      }
      return null;
    }

    private DurationStats phase(Phase phase) {
      OperationSnapshot o = op();
      PhaseSnapshot p = o == null ? null : o.phase(phase);
      return p == null ? DurationStats.EMPTY : p.nanos();
    }

    private DurationStats total() {
      OperationSnapshot o = op();
      return o == null ? DurationStats.EMPTY : o.totalNanos();
    }

    @Override
    public long getCallCount() {
      OperationSnapshot o = op();
      return o == null ? 0 : o.count();
    }

    @Override
    public long getErrorCount() {
      OperationSnapshot o = op();
      return o == null ? 0 : o.errors();
    }

    @Override
    public long getDocCount() {
      OperationSnapshot o = op();
      return o == null ? 0 : o.docs();
    }

    @Override
    public double getMeanNanos() {
      return total().meanNanos();
    }

    @Override
    public long getP99Nanos() {
      return total().p99Nanos();
    }

    @Override
    public long getExtractCallCount() {
      return phase(Phase.EXTRACT).count();
    }

    @Override
    public double getExtractMeanNanos() {
      return phase(Phase.EXTRACT).meanNanos();
    }

    @Override
    public long getExtractP99Nanos() {
      return phase(Phase.EXTRACT).p99Nanos();
    }

    @Override
    public long getConvertCallCount() {
      return phase(Phase.CONVERT).count();
    }

    @Override
    public double getConvertMeanNanos() {
      return phase(Phase.CONVERT).meanNanos();
    }

    @Override
    public long getConvertP99Nanos() {
      return phase(Phase.CONVERT).p99Nanos();
    }

    @Override
    public long getNetworkCallCount() {
      return phase(Phase.NETWORK).count();
    }

    @Override
    public double getNetworkMeanNanos() {
      return phase(Phase.NETWORK).meanNanos();
    }

    @Override
    public long getNetworkP99Nanos() {
      return phase(Phase.NETWORK).p99Nanos();
    }

    @Override
    public long getMaterializeCallCount() {
      return phase(Phase.MATERIALIZE).count();
    }

    @Override
    public double getMaterializeMeanNanos() {
      return phase(Phase.MATERIALIZE).meanNanos();
    }

    @Override
    public long getMaterializeP99Nanos() {
      return phase(Phase.MATERIALIZE).p99Nanos();
    }

    @Override
    public double getLockHeldRatio() {
      OperationSnapshot o = op();
      return o == null ? 0 : o.lockHeldRatio();
    }

    @Override
    public long getLockReleases() {
      OperationSnapshot o = op();
      return o == null ? 0 : o.lockReleases();
    }

    @Override
    public List<RedFlagInfo> getRedFlags() {
      OperationSnapshot o = op();
      List<RedFlagInfo> out = new ArrayList<>();
      if (o != null) {
        for (RedFlag f : o.redFlags()) {
          out.add(
              new RedFlagInfo(
                  f.id(),
                  f.severity().name(),
                  f.phase() == null ? "" : f.phase().name(),
                  f.message()));
        }
      }
      return out;
    }
  }

  static final class Lock implements LockMXBean {
    private final String name;
    private final SnapshotCache cache;

    Lock(String name, SnapshotCache cache) {
      this.name = name;
      this.cache = cache;
    }

    private LockSnapshot lock() {
      for (LockSnapshot l : cache.get().locks()) {
        if (l.name().equals(name)) {
          return l;
        }
      }
      return null;
    }

    @Override
    public double getUtilization() {
      LockSnapshot l = lock();
      return l == null ? 0 : l.utilization();
    }

    @Override
    public long getHeldNanos() {
      LockSnapshot l = lock();
      return l == null ? 0 : l.heldNanos();
    }

    @Override
    public long getWaitNanos() {
      LockSnapshot l = lock();
      return l == null ? 0 : l.waitNanos();
    }

    @Override
    public long getAcquisitions() {
      LockSnapshot l = lock();
      return l == null ? 0 : l.acquisitions();
    }
  }

  static final class Agent implements AgentMXBean {
    private final SnapshotCache cache;
    private final Supplier<ProfileSnapshot> profile;

    Agent(SnapshotCache cache, Supplier<ProfileSnapshot> profile) {
      this.cache = cache;
      this.profile = profile;
    }

    @Override
    public String[] getOperations() {
      return cache.get().operations().stream().map(OperationSnapshot::name).toArray(String[]::new);
    }

    @Override
    public long getSuppressedErrors() {
      return cache.get().jvm().suppressedErrors();
    }

    @Override
    public void reset() {
      BoundaryMetrics.reset();
      cache.invalidate();
    }

    @Override
    public boolean writeReport(String path) {
      return ReportFiles.writeJsonAtomically(Path.of(path), profile.get());
    }
  }
}
