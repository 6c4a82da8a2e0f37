package dev.boundarytracer.flags;

import static dev.boundarytracer.flags.OperationFixture.flat;
import static dev.boundarytracer.flags.OperationFixture.healthyInsertMany;
import static dev.boundarytracer.flags.OperationFixture.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RedFlagRulesTest {

  private static List<RedFlag> flags(OperationFixture op) {
    return RedFlagRules.evaluate(op.build(), Thresholds.DEFAULTS);
  }

  private static List<String> ids(List<RedFlag> flags) {
    return flags.stream().map(RedFlag::id).collect(Collectors.toList());
  }

  /** Ids of the flags on one phase (null: operation-level flags). */
  private static List<String> ids(List<RedFlag> flags, Phase phase) {
    return flags.stream()
        .filter(f -> Objects.equals(f.phase(), phase))
        .map(RedFlag::id)
        .collect(Collectors.toList());
  }

  private static RedFlag only(List<RedFlag> flags, String id) {
    List<RedFlag> matching =
        flags.stream().filter(f -> f.id().equals(id)).collect(Collectors.toList());
    assertEquals(1, matching.size(), () -> id + " in " + ids(flags));
    return matching.get(0);
  }

  @Test
  void raisesNothingForHealthyProfile() {
    assertEquals(List.of(), flags(healthyInsertMany()));
  }

  // --- extract -------------------------------------------------------------------------------

  @Test
  void raisesExtractAboveTargetJustAboveOneMillisecondPerThousandDocs() {
    List<RedFlag> flags = flags(healthyInsertMany().phase(Phase.EXTRACT, 1_000_001));
    assertEquals(List.of("EXTRACT_ABOVE_TARGET"), ids(flags));
    RedFlag flag = flags.get(0);
    assertSame(Severity.WARNING, flag.severity());
    assertSame(Phase.EXTRACT, flag.phase());
  }

  @Test
  void raisesNoExtractFlagAtOrJustBelowTarget() {
    assertEquals(List.of(), flags(healthyInsertMany().phase(Phase.EXTRACT, 1_000_000)));
    assertEquals(List.of(), flags(healthyInsertMany().phase(Phase.EXTRACT, 999_999)));
  }

  @Test
  void raisesExtractSlowAboveFiveMillisecondsInsteadOfWarning() {
    List<RedFlag> flags = flags(healthyInsertMany().phase(Phase.EXTRACT, 5_000_001));
    assertEquals(List.of("EXTRACT_SLOW"), ids(flags, Phase.EXTRACT));
    assertSame(Severity.CRITICAL, flags.get(0).severity());
  }

  @Test
  void keepsExtractWarningJustBelowFiveMilliseconds() {
    List<RedFlag> flags = flags(healthyInsertMany().phase(Phase.EXTRACT, 4_999_999));
    assertEquals(List.of("EXTRACT_ABOVE_TARGET"), ids(flags, Phase.EXTRACT));
  }

  @Test
  void halvesExtractLimitsAtFiveHundredDocsPerOperation() {
    OperationFixture half = healthyInsertMany().docsPerCall(500);
    assertEquals(List.of(), ids(flags(half.phase(Phase.EXTRACT, 499_999)), Phase.EXTRACT));
    assertEquals(
        List.of("EXTRACT_ABOVE_TARGET"),
        ids(flags(half.phase(Phase.EXTRACT, 500_001)), Phase.EXTRACT));
    assertEquals(
        List.of("EXTRACT_ABOVE_TARGET"),
        ids(flags(half.phase(Phase.EXTRACT, 2_499_999)), Phase.EXTRACT));
    assertEquals(
        List.of("EXTRACT_SLOW"), ids(flags(half.phase(Phase.EXTRACT, 2_500_001)), Phase.EXTRACT));
  }

  @Test
  void describesExtractSlowPerThousandDocsWithMeanAndLimit() {
    RedFlag flag =
        only(
            flags(healthyInsertMany().docsPerCall(500).phase(Phase.EXTRACT, 3_050_000)),
            "EXTRACT_SLOW");
    assertEquals(
        "extract 6.10 ms per 1000 docs (3.05 ms mean at 500 docs/op), red flag above 5 ms",
        flag.message());
    assertTrue(flag.recommendation().contains("object graph"), flag.recommendation());
  }

  @Test
  void describesExtractWarningWithTarget() {
    RedFlag flag =
        only(
            flags(healthyInsertMany().docsPerCall(500).phase(Phase.EXTRACT, 600_000)),
            "EXTRACT_ABOVE_TARGET");
    assertEquals(
        "extract 1.20 ms per 1000 docs (0.60 ms mean at 500 docs/op), target below 1 ms",
        flag.message());
  }

  // --- convert -------------------------------------------------------------------------------

  @Test
  void raisesConvertAboveTargetJustAboveTenMillisecondsPerThousandDocs() {
    assertEquals(List.of(), flags(healthyInsertMany().phase(Phase.CONVERT, 10_000_000)));
    List<RedFlag> flags = flags(healthyInsertMany().phase(Phase.CONVERT, 10_000_001));
    assertEquals(List.of("CONVERT_ABOVE_TARGET"), ids(flags));
    assertSame(Phase.CONVERT, flags.get(0).phase());
    assertEquals(
        "convert 10.00 ms per 1000 docs (10.00 ms mean at 1000 docs/op), target below 10 ms",
        flags.get(0).message());
  }

  @Test
  void halvesConvertTargetAtFiveHundredDocsPerOperation() {
    OperationFixture half = healthyInsertMany().docsPerCall(500).phase(Phase.CONVERT, 4_999_999);
    assertEquals(List.of(), ids(flags(half), Phase.CONVERT));
    half.phase(Phase.CONVERT, 5_000_001);
    assertEquals(List.of("CONVERT_ABOVE_TARGET"), ids(flags(half), Phase.CONVERT));
  }

  /** Healthy with convert at 0.1 ms, well within the limit at 50 docs per call. */
  private static OperationFixture smallBatches() {
    return healthyInsertMany().phase(Phase.CONVERT, 100_000);
  }

  @Test
  void raisesConvertNotParallelWhenFewerThanHalfOfCallsRanParallelAtFiftyDocs() {
    List<RedFlag> flags = flags(smallBatches().docsPerCall(50).parallel(4));
    assertEquals(List.of("CONVERT_NOT_PARALLEL"), ids(flags, Phase.CONVERT));
    RedFlag flag = only(flags, "CONVERT_NOT_PARALLEL");
    assertSame(Severity.CRITICAL, flag.severity());
    assertSame(Phase.CONVERT, flag.phase());
    assertEquals(
        "convert parallel in 4 of 10 calls at 50 docs/op,"
            + " red flag when fewer than half are parallel at 50 docs/op or more",
        flag.message());
    assertTrue(flag.recommendation().contains("ForkJoin"), flag.recommendation());
    assertTrue(flag.recommendation().contains("50 documents"), flag.recommendation());
  }

  @Test
  void raisesNoConvertNotParallelWhenHalfOfCallsRanParallel() {
    assertEquals(List.of(), ids(flags(smallBatches().docsPerCall(50).parallel(5)), Phase.CONVERT));
  }

  @Test
  void raisesNoConvertNotParallelBelowFiftyDocsPerOperation() {
    assertEquals(List.of(), ids(flags(smallBatches().docsPerCall(49).parallel(0)), Phase.CONVERT));
  }

  @Test
  void raisesNoConvertNotParallelWithoutConvertPhase() {
    OperationFixture op = healthyInsertMany().parallel(0).withoutPhase(Phase.CONVERT);
    assertEquals(List.of(), ids(flags(op), Phase.CONVERT));
  }

  @Test
  void reportsSlowAndSerialConvertAsTwoFlags() {
    List<RedFlag> flags = flags(healthyInsertMany().parallel(0).phase(Phase.CONVERT, 12_000_000));
    assertEquals(List.of("CONVERT_NOT_PARALLEL", "CONVERT_ABOVE_TARGET"), ids(flags));
  }

  // --- materialize ---------------------------------------------------------------------------

  @Test
  void raisesMaterializeAboveTargetJustAboveTwoMillisecondsPerThousandDocs() {
    assertEquals(List.of(), flags(healthyInsertMany().phase(Phase.MATERIALIZE, 2_000_000)));
    List<RedFlag> flags = flags(healthyInsertMany().phase(Phase.MATERIALIZE, 2_000_001));
    assertEquals(List.of("MATERIALIZE_ABOVE_TARGET"), ids(flags));
    assertSame(Severity.WARNING, flags.get(0).severity());
    assertTrue(flags.get(0).message().endsWith("target below 2 ms"), flags.get(0).message());
  }

  @Test
  void raisesMaterializeSlowAboveFiveMillisecondsInsteadOfWarning() {
    List<RedFlag> below = flags(healthyInsertMany().phase(Phase.MATERIALIZE, 4_999_999));
    assertEquals(List.of("MATERIALIZE_ABOVE_TARGET"), ids(below, Phase.MATERIALIZE));
    List<RedFlag> above = flags(healthyInsertMany().phase(Phase.MATERIALIZE, 5_000_001));
    assertEquals(List.of("MATERIALIZE_SLOW"), ids(above, Phase.MATERIALIZE));
    RedFlag flag = only(above, "MATERIALIZE_SLOW");
    assertSame(Severity.CRITICAL, flag.severity());
    assertTrue(flag.recommendation().contains("lighter result objects"), flag.recommendation());
  }

  @Test
  void halvesMaterializeLimitsAtFiveHundredDocsPerOperation() {
    OperationFixture half = healthyInsertMany().docsPerCall(500);
    assertEquals(List.of(), ids(flags(half.phase(Phase.MATERIALIZE, 999_999)), Phase.MATERIALIZE));
    assertEquals(
        List.of("MATERIALIZE_ABOVE_TARGET"),
        ids(flags(half.phase(Phase.MATERIALIZE, 1_000_001)), Phase.MATERIALIZE));
    assertEquals(
        List.of("MATERIALIZE_SLOW"),
        ids(flags(half.phase(Phase.MATERIALIZE, 2_500_001)), Phase.MATERIALIZE));
  }

  // --- lock held -----------------------------------------------------------------------------

  // healthyInsertMany: 10 calls of 10 ms, so the total is 100 ms and 1 ms is 1 %.

  @Test
  void raisesLockHeldAboveTargetAboveThirtyPercent() {
    assertEquals(List.of(), flags(healthyInsertMany().lockHeldNanos(30_000_000)));
    List<RedFlag> flags = flags(healthyInsertMany().lockHeldNanos(30_000_001));
    assertEquals(List.of("LOCK_HELD_ABOVE_TARGET"), ids(flags));
    assertNull(flags.get(0).phase());
    assertSame(Severity.WARNING, flags.get(0).severity());
    assertEquals("lock held 30.0 % of wall time, target below 30 %", flags.get(0).message());
  }

  @Test
  void raisesLockHeldHighAboveFiftyPercent() {
    assertEquals(
        List.of("LOCK_HELD_ABOVE_TARGET"),
        ids(flags(healthyInsertMany().lockHeldNanos(50_000_000))));
    List<RedFlag> flags = flags(healthyInsertMany().lockHeldNanos(63_200_000));
    assertEquals(List.of("LOCK_HELD_HIGH"), ids(flags));
    RedFlag flag = flags.get(0);
    assertSame(Severity.CRITICAL, flag.severity());
    assertNull(flag.phase());
    assertEquals("lock held 63.2 % of wall time, red flag above 50 %", flag.message());
    assertTrue(flag.recommendation().contains("critical section"), flag.recommendation());
    assertTrue(flag.recommendation().contains("1/f = 1.6x"), flag.recommendation());
  }

  @Test
  void raisesLockHeldHighJustAboveFiftyPercent() {
    assertEquals(
        List.of("LOCK_HELD_HIGH"), ids(flags(healthyInsertMany().lockHeldNanos(50_000_001))));
  }

  // --- lock releases -------------------------------------------------------------------------

  @Test
  void raisesNoLockReleaseInsteadOfBelowTargetWhenNeverReleased() {
    List<RedFlag> flags = flags(healthyInsertMany().lockReleases(0));
    assertEquals(List.of("NO_LOCK_RELEASE"), ids(flags));
    RedFlag flag = flags.get(0);
    assertSame(Severity.CRITICAL, flag.severity());
    assertNull(flag.phase());
    assertEquals(
        "0 lock releases in 10 calls, red flag at 0 (target at least 2 per operation)",
        flag.message());
    assertTrue(flag.recommendation().contains("py.allow_threads()"), flag.recommendation());
  }

  @Test
  void raisesLockReleasesBelowTargetUnderTwoPerOperation() {
    assertEquals(List.of(), flags(healthyInsertMany().lockReleases(20)));
    List<RedFlag> flags = flags(healthyInsertMany().lockReleases(19));
    assertEquals(List.of("LOCK_RELEASES_BELOW_TARGET"), ids(flags));
    assertSame(Severity.WARNING, flags.get(0).severity());
    assertEquals("1.90 lock releases per operation, target at least 2", flags.get(0).message());
  }

  // --- when rules apply ----------------------------------------------------------------------

  @Test
  void skipsLockRulesForOperationWithoutPhases() {
    OperationFixture parent =
        operation("outer").calls(5).total(flat(5, 1_000_000)).lockHeldNanos(5_000_000);
    assertEquals(List.of(), flags(parent.lockReleases(0)));
  }

  @Test
  void skipsDocumentRulesForOperationWithoutDocuments() {
    OperationFixture op =
        healthyInsertMany()
            .docsPerCall(0)
            .parallel(0)
            .phase(Phase.EXTRACT, 50_000_000)
            .phase(Phase.CONVERT, 50_000_000)
            .phase(Phase.MATERIALIZE, 50_000_000);
    List<RedFlag> flags = flags(op);
    assertTrue(flags.stream().allMatch(f -> f.phase() == null), () -> ids(flags).toString());
    assertEquals(List.of("LOCK_HELD_HIGH"), ids(flags));
  }

  @Test
  void skipsPhaseRuleWhenPhaseWasNotRecorded() {
    OperationFixture op = healthyInsertMany().withoutPhase(Phase.EXTRACT);
    assertEquals(List.of(), flags(op));
  }

  @Test
  void raisesNothingForOperationWithoutCalls() {
    assertEquals(List.of(), flags(operation("never").calls(0)));
  }

  @Test
  void honoursCustomThresholds() {
    Thresholds loose =
        new Thresholds(2_000_000, 20_000_000, 30_000_000, 2000, 3_000_000, 8_000_000, 0.8, 0.9, 1);
    OperationSnapshot op =
        healthyInsertMany()
            .parallel(0)
            .phase(Phase.EXTRACT, 1_500_000)
            .phase(Phase.CONVERT, 20_000_000)
            .phase(Phase.MATERIALIZE, 2_500_000)
            .lockReleases(10)
            .build();
    assertEquals(
        List.of(
            "CONVERT_NOT_PARALLEL",
            "EXTRACT_ABOVE_TARGET",
            "CONVERT_ABOVE_TARGET",
            "MATERIALIZE_ABOVE_TARGET",
            "LOCK_RELEASES_BELOW_TARGET"),
        ids(RedFlagRules.evaluate(op, Thresholds.DEFAULTS)));
    assertEquals(List.of(), RedFlagRules.evaluate(op, loose));

    Thresholds strict =
        new Thresholds(100_000, 400_000, 1_000_000, 10, 100_000, 400_000, 0.05, 0.08, 3);
    List<RedFlag> flags = RedFlagRules.evaluate(healthyInsertMany().build(), strict);
    assertEquals(
        List.of(
            "EXTRACT_SLOW",
            "MATERIALIZE_SLOW",
            "LOCK_HELD_HIGH",
            "CONVERT_ABOVE_TARGET",
            "LOCK_RELEASES_BELOW_TARGET"),
        ids(flags));
    assertEquals(
        "extract 0.50 ms per 1000 docs (0.50 ms mean at 1000 docs/op), red flag above 0.4 ms",
        flags.get(0).message());
    assertEquals("lock held 10.0 % of wall time, red flag above 8 %", flags.get(2).message());
  }

  @Test
  void ordersCriticalFirstThenWarningEachInTableOrder() {
    // The model's "problematic profile", 1000 docs per call, with no lock release at all.
    OperationFixture problematic =
        operation("insert_many")
            .calls(4)
            .docsPerCall(1000)
            .parallel(0)
            .phase(Phase.EXTRACT, 5_231_000)
            .phase(Phase.CONVERT, 18_523_000)
            .phase(Phase.NETWORK, 10_241_000)
            .phase(Phase.MATERIALIZE, 11_325_000)
            .lockReleases(0);
    assertEquals(
        List.of(
            "EXTRACT_SLOW",
            "CONVERT_NOT_PARALLEL",
            "MATERIALIZE_SLOW",
            "NO_LOCK_RELEASE",
            "CONVERT_ABOVE_TARGET",
            "LOCK_HELD_ABOVE_TARGET"),
        ids(flags(problematic)));
  }

  @Test
  void neverReportsCriticalFlagTogetherWithItsWarningTwin() {
    for (RedFlagRule rule : RedFlagRule.values()) {
      if (rule.replaces() != null) {
        assertSame(Severity.CRITICAL, rule.severity());
        assertSame(Severity.WARNING, rule.replaces().severity());
        assertSame(rule.phase(), rule.replaces().phase());
      }
    }
    OperationFixture everythingBad =
        healthyInsertMany()
            .phase(Phase.EXTRACT, 9_000_000)
            .phase(Phase.MATERIALIZE, 9_000_000)
            .lockHeldNanos(200_000_000)
            .lockReleases(0);
    List<String> ids = ids(flags(everythingBad));
    assertEquals(
        List.of("EXTRACT_SLOW", "MATERIALIZE_SLOW", "LOCK_HELD_HIGH", "NO_LOCK_RELEASE"), ids);
  }

  @Test
  void attachesFreshFlagsToEveryOperationOfProfile() {
    RedFlag stale = new RedFlag("STALE", Severity.WARNING, null, "old", "old");
    ProfileSnapshot profile =
        OperationFixture.profile(
            healthyInsertMany().flag(stale).build(),
            healthyInsertMany().lockReleases(0).build(),
            operation("find").build());
    ProfileSnapshot flagged = RedFlagRules.withRedFlags(profile, Thresholds.DEFAULTS);
    assertEquals(3, flagged.operations().size());
    assertEquals(List.of(), flagged.operations().get(0).redFlags());
    assertEquals(List.of("NO_LOCK_RELEASE"), ids(flagged.operations().get(1).redFlags()));
    assertEquals("find", flagged.operations().get(2).name());
    assertSame(profile.jvm(), flagged.jvm());
    assertEquals(List.of(stale), profile.operations().get(0).redFlags());
  }
}
