package dev.boundarytracer.flags;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ParallelismSource;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges operation snapshots against {@link Thresholds} and produces {@link RedFlag}s.
 *
 * <p>Where the numbers come from: the four-phase boundary model sets, per 1000 documents, targets
 * and red flags for extract (1 and 5 ms), convert (10 ms, and parallel from 50 documents per call)
 * and materialize (2 and 5 ms); per operation, for the share of wall time the lock is held (30 and
 * 50 %) and for lock releases (2 per call, and none). See {@link RedFlagRule} for the rules and
 * {@link Thresholds} for overriding the figures.
 *
 * <p>How they are applied:
 *
 * <ul>
 *   <li>Phase limits are per 1000 documents and scale with the operation's documents per call: at
 *       500 docs/op the 5 ms limit becomes 2.5 ms. They are compared, strictly greater, with the
 *       phase's <em>mean</em> duration, and the median call must be above the limit as well (a few
 *       outliers do not raise a flag alone). They are skipped when the operation has no documents
 *       and when that phase was never recorded.
 *   <li>An operation with fewer than {@link #MIN_CALLS} calls raises none of these; {@link
 *       RedFlagRule#TOO_FEW_CALLS} names what it would have raised.
 *   <li>Lock rules apply only to an operation that recorded at least one phase; an operation that
 *       only nests other operations gets none.
 *   <li>A CRITICAL flag replaces its WARNING twin. Flags come CRITICAL first, then WARNING, each in
 *       {@link RedFlagRule} order.
 * </ul>
 *
 * <p>Stateless and thread-safe; reads immutable snapshots only.
 */
public final class RedFlagRules {

  /**
   * Fewest calls an operation needs before its figures are judged: a mean, a share or a count per
   * call over one or two calls says nothing about the next run. Below it, {@link
   * RedFlagRule#TOO_FEW_CALLS} names the flags that would have been raised.
   */
  public static final long MIN_CALLS = 3;

  /**
   * Task CPU over convert wall time below which handed-off convert counts as not running in
   * parallel: under 1.1 cores busy on average, the split did not pay.
   */
  static final double MIN_PARALLEL_CPU_TO_WALL = 1.1;

  private RedFlagRules() {}

  /**
   * The flags one operation raises.
   *
   * @param op the operation, not null
   * @param t the limits, not null ({@link Thresholds#DEFAULTS} for the model's defaults)
   * @return the flags, CRITICAL first; empty when healthy; never null, unmodifiable
   * @throws NullPointerException when {@code op} or {@code t} is null
   */
  public static List<RedFlag> evaluate(OperationSnapshot op, Thresholds t) {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(t, "t");
    Map<RedFlagRule, RedFlag> raised = new EnumMap<>(RedFlagRule.class);
    if (op.count() > 0 && op.docs() > 0) {
      phaseTime(raised, op, RedFlagRule.EXTRACT_ABOVE_TARGET, t.extractTargetNanos(), t);
      phaseTime(raised, op, RedFlagRule.EXTRACT_SLOW, t.extractCriticalNanos(), t);
      phaseTime(raised, op, RedFlagRule.CONVERT_ABOVE_TARGET, t.convertTargetNanos(), t);
      convertParallel(raised, op, t);
      phaseTime(raised, op, RedFlagRule.MATERIALIZE_ABOVE_TARGET, t.materializeTargetNanos(), t);
      phaseTime(raised, op, RedFlagRule.MATERIALIZE_SLOW, t.materializeCriticalNanos(), t);
    }
    if (op.count() > 0 && !op.phases().isEmpty()) {
      lockHeld(raised, op, RedFlagRule.LOCK_HELD_ABOVE_TARGET, t.lockHeldTarget(), t);
      lockHeld(raised, op, RedFlagRule.LOCK_HELD_HIGH, t.lockHeldCritical(), t);
      lockReleases(raised, op, t);
      LockFlagRules.raise(raised, op, t);
    }
    if (op.count() < MIN_CALLS && !raised.isEmpty()) {
      return List.of(tooFewCalls(op, raised));
    }
    return order(raised);
  }

  private static RedFlag tooFewCalls(OperationSnapshot op, Map<RedFlagRule, RedFlag> raised) {
    StringBuilder ids = new StringBuilder();
    for (RedFlag flag : order(raised)) {
      ids.append(ids.length() == 0 ? "" : ", ").append(flag.id());
    }
    return new RedFlag(
        RedFlagRule.TOO_FEW_CALLS.name(),
        RedFlagRule.TOO_FEW_CALLS.severity(),
        null,
        FlagTexts.tooFewCallsMessage(op.count(), MIN_CALLS, ids.toString()),
        FlagTexts.recommendation(RedFlagRule.TOO_FEW_CALLS, op.lockHeldRatio(), 0),
        op.count());
  }

  /** Phase mean above {@code limitPer1000Nanos} scaled to the operation's documents per call. */
  private static void phaseTime(
      Map<RedFlagRule, RedFlag> raised,
      OperationSnapshot op,
      RedFlagRule rule,
      long limitPer1000Nanos,
      Thresholds t) {
    PhaseSnapshot phase = op.phase(rule.phase());
    if (phase == null || phase.count() == 0) {
      return;
    }
    double meanNanos = phase.nanos().meanNanos();
    double medianNanos = phase.nanos().p50Nanos();
    if (phase.count() > op.count()) {
      // Called several times per operation (once per document, say): the limits are about the
      // phase's total within one operation call. Its median is not kept; the mean decides.
      meanNanos = (double) phase.nanos().sumNanos() / op.count();
      medianNanos = meanNanos;
    }
    double docsPerOp = op.docsPerOperation();
    // mean > limit * docsPerOp / 1000, without the division; and the median call too, so that a
    // few slow calls (a GC pause, a starved thread on a busy machine) cannot raise the flag alone:
    // one 97 ms extract among 40 of 0.3 ms put the mean above 5 ms per 1000 docs in one run of
    // the healthy demo and not in the next.
    double limit = limitPer1000Nanos * docsPerOp;
    if (meanNanos * 1000.0 > limit && medianNanos * 1000.0 > limit) {
      String message = FlagTexts.phaseMessage(rule, meanNanos, docsPerOp, limitPer1000Nanos);
      raised.put(rule, flag(rule, message, op, t, phase.count()));
    }
  }

  /**
   * Batches at or above the parallel threshold: serial convert (CRITICAL), or convert that handed
   * work off but did not run in parallel (WARNING, see {@link ConvertParallelJudgement}).
   */
  private static void convertParallel(
      Map<RedFlagRule, RedFlag> raised, OperationSnapshot op, Thresholds t) {
    PhaseSnapshot convert = op.phase(Phase.CONVERT);
    if (convert == null || convert.count() == 0) {
      return;
    }
    double docsPerOp = op.docsPerOperation();
    if (docsPerOp < t.convertParallelMinDocs()) {
      return;
    }
    ConvertParallelJudgement j = ConvertParallelJudgement.of(op, convert);
    if (j.serial()) {
      long parallel = op.convertParallelCount();
      String message =
          FlagTexts.notParallelMessage(parallel, op.count(), docsPerOp, t.convertParallelMinDocs())
              + sourceNote(op);
      raised.put(
          RedFlagRule.CONVERT_NOT_PARALLEL,
          flag(RedFlagRule.CONVERT_NOT_PARALLEL, message, op, t, op.count()));
    } else if (j.limited()) {
      raised.put(
          RedFlagRule.CONVERT_PARALLEL_LIMITED,
          flag(RedFlagRule.CONVERT_PARALLEL_LIMITED, j.message(), op, t, convert.count()));
    }
  }

  /** Says so when the convert judgement comes from measured hand-offs, not the declaration. */
  private static String sourceNote(OperationSnapshot op) {
    return op.convertParallelismSource() == ParallelismSource.MEASURED
        ? " (measured: calls whose tasks ran on two or more threads)"
        : "";
  }

  private static void lockHeld(
      Map<RedFlagRule, RedFlag> raised,
      OperationSnapshot op,
      RedFlagRule rule,
      double limitRatio,
      Thresholds t) {
    double ratio = op.lockHeldRatio();
    if (ratio > limitRatio) {
      raised.put(
          rule, flag(rule, FlagTexts.lockHeldMessage(rule, ratio, limitRatio), op, t, op.count()));
    }
  }

  private static void lockReleases(
      Map<RedFlagRule, RedFlag> raised, OperationSnapshot op, Thresholds t) {
    if (op.locks().measured()) {
      LockFlagRules.releases(raised, op, t);
      return;
    }
    if (op.lockReleases() == 0) {
      String message = FlagTexts.noReleaseMessage(op.count(), t.lockReleasesTarget());
      raised.put(
          RedFlagRule.NO_LOCK_RELEASE,
          flag(RedFlagRule.NO_LOCK_RELEASE, message, op, t, op.count()));
    } else if (op.lockReleasesPerOperation() < t.lockReleasesTarget()) {
      String message =
          FlagTexts.releasesBelowTargetMessage(
              op.lockReleasesPerOperation(), t.lockReleasesTarget());
      raised.put(
          RedFlagRule.LOCK_RELEASES_BELOW_TARGET,
          flag(RedFlagRule.LOCK_RELEASES_BELOW_TARGET, message, op, t, op.count()));
    }
  }

  private static RedFlag flag(
      RedFlagRule rule, String message, OperationSnapshot op, Thresholds t, long calls) {
    String recommendation =
        FlagTexts.recommendation(rule, op.lockHeldRatio(), t.convertParallelMinDocs());
    return new RedFlag(rule.name(), rule.severity(), rule.phase(), message, recommendation, calls);
  }

  /** Drops WARNING twins of raised CRITICAL flags; CRITICAL first, then rule order. */
  private static List<RedFlag> order(Map<RedFlagRule, RedFlag> raised) {
    for (RedFlagRule rule : RedFlagRule.values()) {
      if (rule.replaces() != null && raised.containsKey(rule)) {
        raised.remove(rule.replaces());
      }
    }
    List<RedFlag> ordered = new ArrayList<>(raised.size());
    for (Severity severity : new Severity[] {Severity.CRITICAL, Severity.WARNING}) {
      for (Map.Entry<RedFlagRule, RedFlag> entry : raised.entrySet()) {
        if (entry.getKey().severity() == severity) {
          ordered.add(entry.getValue());
        }
      }
    }
    return List.copyOf(ordered);
  }

  /**
   * A copy of the snapshot in which every operation carries the flags it raises now.
   *
   * <p>Flags already on an operation are replaced, not added to.
   *
   * @param s the snapshot, not null
   * @param t the limits, not null
   * @return a new snapshot with the same operations (same order) and the same JVM figures
   * @throws NullPointerException when {@code s} or {@code t} is null
   */
  public static ProfileSnapshot withRedFlags(ProfileSnapshot s, Thresholds t) {
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(t, "t");
    List<LockSnapshot> locks = new ArrayList<>(s.locks().size());
    List<RedFlag> lockFlags = new ArrayList<>();
    for (LockSnapshot lock : s.locks()) {
      List<RedFlag> flags = LockFlagRules.evaluate(lock, t);
      locks.add(lock.withRedFlags(flags));
      lockFlags.addAll(flags);
    }
    List<OperationSnapshot> flagged = new ArrayList<>(s.operations().size());
    for (OperationSnapshot op : s.operations()) {
      List<RedFlag> flags = evaluate(op, t);
      if (!lockFlags.isEmpty() && op.locks().acquisitions() > 0) {
        // A saturated lock concerns every operation that takes it; CRITICAL flags come first.
        List<RedFlag> withLock = new ArrayList<>(lockFlags);
        withLock.addAll(flags);
        flags = withLock;
      }
      flagged.add(op.withRedFlags(flags));
    }
    return new ProfileSnapshot(
        flagged,
        s.jvm(),
        locks,
        s.unmatchedPointcuts(),
        s.undesignatedLocks(),
        s.distributions(),
        s.instrumentationCost());
  }
}
