package dev.boundarytracer.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measured-lock flags against fixed snapshots. */
class LockFlagRulesTest {
  private static final long CALLS = 10;

  private static DurationStats flat(long sumNanos) {
    long each = sumNanos / CALLS;
    return new DurationStats(CALLS, sumNanos, each, each, each, each, each);
  }

  private static PhaseSnapshot phase(Phase p, LockUse declared, long nanos, long held, long acq) {
    return new PhaseSnapshot(
        p,
        declared,
        CALLS,
        0,
        flat(nanos),
        Parallelism.NONE,
        new LockUsage(
            LockSource.MEASURED, held, 0, acq, acq, declared == LockUse.HELD ? nanos : 0));
  }

  private static OperationSnapshot op(long waitNanos, PhaseSnapshot... phases) {
    long total = 100_000_000;
    long held = 0;
    long acquisitions = 0;
    for (PhaseSnapshot p : phases) {
      held += p.locks().heldNanos();
      acquisitions += p.locks().acquisitions();
    }
    return new OperationSnapshot(
        "op",
        CALLS,
        0,
        0,
        held,
        acquisitions,
        CALLS,
        0,
        0,
        total,
        flat(total),
        List.of(phases),
        List.of(),
        new LockUsage(LockSource.MEASURED, held, waitNanos, acquisitions, acquisitions, 0));
  }

  private static List<String> ids(List<RedFlag> flags) {
    return flags.stream().map(RedFlag::id).toList();
  }

  @Test
  void releasedPhaseHoldingMoreThanTenPercentIsAMismatch() {
    OperationSnapshot held11 =
        op(0, phase(Phase.CONVERT, LockUse.RELEASED, 50_000_000, 5_500_000, CALLS));
    OperationSnapshot held9 =
        op(0, phase(Phase.CONVERT, LockUse.RELEASED, 50_000_000, 4_500_000, CALLS));
    List<RedFlag> flags = RedFlagRules.evaluate(held11, Thresholds.DEFAULTS);
    assertTrue(ids(flags).contains("LOCK_DECLARATION_MISMATCH"), flags.toString());
    RedFlag mismatch =
        flags.stream().filter(f -> f.id().equals("LOCK_DECLARATION_MISMATCH")).findFirst().get();
    assertEquals(Phase.CONVERT, mismatch.phase());
    assertTrue(mismatch.message().contains("11.0 %"), mismatch.message());
    assertFalse(
        ids(RedFlagRules.evaluate(held9, Thresholds.DEFAULTS))
            .contains("LOCK_DECLARATION_MISMATCH"));
  }

  @Test
  void heldPhaseThatNeverTakesTheLockIsAMismatch() {
    OperationSnapshot never =
        op(
            0,
            phase(Phase.EXTRACT, LockUse.HELD, 10_000_000, 0, 0),
            phase(Phase.MATERIALIZE, LockUse.HELD, 10_000_000, 9_000_000, CALLS));
    List<RedFlag> flags = RedFlagRules.evaluate(never, Thresholds.DEFAULTS);
    RedFlag mismatch =
        flags.stream().filter(f -> f.id().equals("LOCK_DECLARATION_MISMATCH")).findFirst().get();
    assertEquals(Phase.EXTRACT, mismatch.phase());
  }

  @Test
  void waitingMoreThanTenPercentOfWallTimeIsContended() {
    PhaseSnapshot p = phase(Phase.EXTRACT, LockUse.HELD, 10_000_000, 9_000_000, CALLS);
    assertTrue(
        ids(RedFlagRules.evaluate(op(10_100_000, p), Thresholds.DEFAULTS))
            .contains("LOCK_CONTENDED"));
    assertFalse(
        ids(RedFlagRules.evaluate(op(9_900_000, p), Thresholds.DEFAULTS))
            .contains("LOCK_CONTENDED"));
  }

  @Test
  void contentionThresholdIsAConfigKey() {
    PhaseSnapshot p = phase(Phase.EXTRACT, LockUse.HELD, 10_000_000, 9_000_000, CALLS);
    Thresholds strict =
        new Thresholds(
            1_000_000L,
            5_000_000L,
            10_000_000L,
            50,
            2_000_000L,
            5_000_000L,
            0.3,
            0.5,
            2,
            0.1,
            0.05,
            0.9);
    assertTrue(ids(RedFlagRules.evaluate(op(6_000_000, p), strict)).contains("LOCK_CONTENDED"));
  }

  @Test
  void declaredOperationsRaiseNoMeasuredLockFlag() {
    OperationSnapshot declared =
        new OperationSnapshot(
            "op",
            CALLS,
            0,
            0,
            0,
            CALLS,
            CALLS,
            0,
            0,
            1,
            flat(100_000_000),
            List.of(new PhaseSnapshot(Phase.EXTRACT, LockUse.HELD, CALLS, 0, flat(1_000_000))),
            List.of(),
            LockUsage.NONE);
    for (RedFlag f : RedFlagRules.evaluate(declared, Thresholds.DEFAULTS)) {
      assertFalse(f.id().startsWith("LOCK_DECLARATION") || f.id().equals("LOCK_CONTENDED"), f.id());
    }
  }

  @Test
  void aLockBusyMoreThanNinetyPercentWithSeveralThreadsIsSaturated() {
    OperationSnapshot user =
        op(0, phase(Phase.EXTRACT, LockUse.HELD, 10_000_000, 9_000_000, CALLS));
    ProfileSnapshot busy =
        new ProfileSnapshot(
            List.of(user), null, List.of(lock(950, 2), lock(950, 1), lock(850, 3)), List.of());
    ProfileSnapshot flagged = RedFlagRules.withRedFlags(busy, Thresholds.DEFAULTS);
    assertEquals(List.of("LOCK_SATURATED"), ids(flagged.locks().get(0).redFlags()));
    assertEquals(List.of(), flagged.locks().get(1).redFlags(), "one thread cannot saturate");
    assertEquals(List.of(), flagged.locks().get(2).redFlags(), "85 %");
    assertEquals("LOCK_SATURATED", flagged.operations().get(0).redFlags().get(0).id());
  }

  @Test
  void measuredLockTakenOnlyInExtractMeetsTheReleaseTarget() {
    OperationSnapshot once =
        op(
            0,
            phase(Phase.EXTRACT, LockUse.HELD, 10_000_000, 9_000_000, CALLS),
            phase(Phase.CONVERT, LockUse.RELEASED, 40_000_000, 0, 0),
            phase(Phase.NETWORK, LockUse.RELEASED, 40_000_000, 0, 0));
    List<String> ids = ids(RedFlagRules.evaluate(once, Thresholds.DEFAULTS));
    assertFalse(ids.contains("LOCK_RELEASES_BELOW_TARGET"), ids.toString());
    assertFalse(ids.contains("NO_LOCK_RELEASE"), ids.toString());
  }

  @Test
  void operationHoldingNoLockRaisesNothingAboutReleases() {
    OperationSnapshot none =
        op(
            0,
            phase(Phase.CONVERT, LockUse.RELEASED, 40_000_000, 0, 0),
            phase(Phase.NETWORK, LockUse.RELEASED, 40_000_000, 0, 0));
    List<String> ids = ids(RedFlagRules.evaluate(none, Thresholds.DEFAULTS));
    assertFalse(ids.contains("LOCK_RELEASES_BELOW_TARGET"), ids.toString());
    assertFalse(ids.contains("NO_LOCK_RELEASE"), ids.toString());
  }

  @Test
  void convertHoldingTheMeasuredLockIsBelowTheReleaseTarget() {
    OperationSnapshot convertHeld =
        op(
            0,
            phase(Phase.CONVERT, LockUse.RELEASED, 40_000_000, 39_000_000, CALLS),
            phase(Phase.NETWORK, LockUse.RELEASED, 40_000_000, 0, 0));
    List<RedFlag> flags = RedFlagRules.evaluate(convertHeld, Thresholds.DEFAULTS);
    RedFlag below =
        flags.stream().filter(f -> f.id().equals("LOCK_RELEASES_BELOW_TARGET")).findFirst().get();
    assertTrue(below.message().contains("convert 97.5 %"), below.message());
    assertFalse(ids(flags).contains("NO_LOCK_RELEASE"));
  }

  @Test
  void convertAndNetworkBothHoldingTheMeasuredLockIsNoRelease() {
    OperationSnapshot allHeld =
        op(
            0,
            phase(Phase.CONVERT, LockUse.HELD, 40_000_000, 39_000_000, CALLS),
            phase(Phase.NETWORK, LockUse.HELD, 40_000_000, 40_000_000, 0));
    List<String> ids = ids(RedFlagRules.evaluate(allHeld, Thresholds.DEFAULTS));
    assertTrue(ids.contains("NO_LOCK_RELEASE"), ids.toString());
    assertFalse(ids.contains("LOCK_RELEASES_BELOW_TARGET"), ids.toString());
  }

  private static LockSnapshot lock(long heldPerMille, int threads) {
    return new LockSnapshot(
        "l",
        1000,
        heldPerMille,
        0,
        10,
        threads,
        DurationStats.EMPTY,
        DurationStats.EMPTY,
        List.of(),
        List.of());
  }
}
