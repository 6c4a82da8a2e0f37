package dev.boundarytracer.report;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.OperationSnapshot;

/** Fixed snapshots shared by the report tests. */
final class ReportFixtures {

  static final long CALLS = 2400;

  private ReportFixtures() {}

  /** Statistics of {@link #CALLS} calls with the given mean and percentiles, in µs. */
  static DurationStats micros(long mean, long p50, long p99, long max) {
    return new DurationStats(
        CALLS, mean * 1000 * CALLS, p50 * 500, p50 * 1000, p99 * 900, p99 * 1000, max * 1000);
  }

  /**
   * DESIGN.md's {@code insert_many}: 2400 calls of 1000 docs, 8322 µs mean, lock held 20.4 %, 120.5
   * ops/s, 1.2 MiB allocated per call (max 1.5 MiB), all calls parallel.
   */
  static OperationFixture insertMany() {
    DurationStats total = micros(8322, 8100, 9900, 14000);
    return OperationFixture.operation("insert_many")
        .calls(CALLS)
        .docsPerCall(1000)
        .parallel(CALLS)
        .phase(Phase.EXTRACT, LockUse.HELD, 0, micros(823, 790, 1210, 3100))
        .phase(Phase.CONVERT, LockUse.RELEASED, 0, micros(4521, 4400, 6020, 9000))
        .phase(Phase.NETWORK, LockUse.RELEASED, 0, micros(2103, 2000, 3500, 12000))
        .phase(Phase.MATERIALIZE, LockUse.HELD, 0, micros(875, 850, 1300, 2900))
        .total(total)
        .lockHeldNanos(Math.round(total.sumNanos() * 0.204))
        .activeNanos(Math.round(CALLS * 1e9 / 120.5))
        .allocated(1_258_291L * CALLS, 1_572_864L);
  }

  /** A {@code find} without documents, whose phases all release the lock. */
  static OperationSnapshot findWithoutDocs() {
    return OperationFixture.operation("find")
        .calls(10)
        .phase(Phase.CONVERT, LockUse.RELEASED, 150_000)
        .phase(Phase.NETWORK, LockUse.RELEASED, 850)
        .activeNanos(2_000_000)
        .build();
  }
}
