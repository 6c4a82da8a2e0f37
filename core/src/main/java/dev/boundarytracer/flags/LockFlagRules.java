package dev.boundarytracer.flags;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules on measured lock use ({@code LOCK_DECLARATION_MISMATCH}, {@code LOCK_CONTENDED}, {@code
 * LOCK_SATURATED}, and the release rules judged on a measured lock). They apply only to figures
 * measured on a designated lock; declared-only operations raise none of them. Stateless and
 * thread-safe.
 */
final class LockFlagRules {
  private LockFlagRules() {}

  /** Adds the operation-level measured-lock flags of {@code op} to {@code raised}. */
  static void raise(Map<RedFlagRule, RedFlag> raised, OperationSnapshot op, Thresholds t) {
    if (!op.locks().measured()) {
      return;
    }
    mismatch(raised, op, t);
    double waitRatio = op.lockWaitRatio();
    if (waitRatio > t.lockContendedRatio()) {
      String message =
          String.format(
              Locale.ROOT,
              "threads waited for the lock %.1f %% of wall time (%s ms per call), target below %s",
              waitRatio * 100.0,
              FlagTexts.millis((double) op.locks().waitNanos() / Math.max(1, op.count())),
              percent(t.lockContendedRatio()));
      raised.put(
          RedFlagRule.LOCK_CONTENDED,
          new RedFlag(
              RedFlagRule.LOCK_CONTENDED.name(),
              RedFlagRule.LOCK_CONTENDED.severity(),
              null,
              message,
              "Shorten the critical section (move encoding and I/O out of it) or split the lock;"
                  + " waiting threads add wall time without doing work."));
    }
  }

  /**
   * The release rules on a measured lock. The target is that encoding and I/O run with the lock
   * released, so they judge exactly that: each recorded convert and network phase must hold the
   * lock for no more than {@code threshold.lock.mismatch} of its working time. An operation that
   * never held a designated lock, or has neither phase, raises nothing. {@code NO_LOCK_RELEASE}
   * when every such phase held it, {@code LOCK_RELEASES_BELOW_TARGET} when some did.
   */
  static void releases(Map<RedFlagRule, RedFlag> raised, OperationSnapshot op, Thresholds t) {
    if (op.locks().acquisitions() == 0 && op.locks().heldNanos() == 0) {
      return;
    }
    List<String> held = new ArrayList<>();
    int judged = 0;
    for (Phase p : new Phase[] {Phase.CONVERT, Phase.NETWORK}) {
      PhaseSnapshot phase = op.phase(p);
      if (phase == null || phase.count() == 0) {
        continue;
      }
      judged++;
      double ratio = phase.measuredHeldRatio();
      if (ratio > t.lockMismatchRatio()) {
        held.add(
            String.format(
                Locale.ROOT, "%s %.1f %%", p.label().toLowerCase(Locale.ROOT), ratio * 100.0));
      }
    }
    if (held.isEmpty()) {
      return;
    }
    RedFlagRule rule =
        held.size() == judged
            ? RedFlagRule.NO_LOCK_RELEASE
            : RedFlagRule.LOCK_RELEASES_BELOW_TARGET;
    String message =
        "measured lock held during "
            + String.join(" and ", held)
            + " of the time, target released (at most "
            + percent(t.lockMismatchRatio())
            + " held) during convert and network";
    raised.put(
        rule,
        new RedFlag(
            rule.name(),
            rule.severity(),
            null,
            message,
            FlagTexts.recommendation(rule, op.lockHeldRatio(), t.convertParallelMinDocs())));
  }

  private static void mismatch(
      Map<RedFlagRule, RedFlag> raised, OperationSnapshot op, Thresholds t) {
    for (PhaseSnapshot phase : op.phases()) {
      String label = phase.phase().label().toLowerCase(Locale.ROOT);
      double ratio = phase.measuredHeldRatio();
      String message = null;
      if (phase.lock() == LockUse.RELEASED && ratio > t.lockMismatchRatio()) {
        message =
            String.format(
                Locale.ROOT,
                "%s is declared RELEASED but held the lock %.1f %% of its time (above %s)",
                label,
                ratio * 100.0,
                percent(t.lockMismatchRatio()));
      } else if (phase.lock() == LockUse.HELD
          && phase.locks().heldNanos() == 0
          && phase.locks().acquisitions() == 0) {
        message =
            label + " is declared HELD but never held the lock in " + phase.count() + " calls";
      }
      if (message != null) {
        raised.put(
            RedFlagRule.LOCK_DECLARATION_MISMATCH,
            new RedFlag(
                RedFlagRule.LOCK_DECLARATION_MISMATCH.name(),
                RedFlagRule.LOCK_DECLARATION_MISMATCH.severity(),
                phase.phase(),
                message,
                "Make the declaration true (lock = HELD or RELEASED on @BoundaryPhase) or move the"
                    + " locking to match it; the measured ratio is used for the lock figures."));
        return;
      }
    }
  }

  /** The lock-level flags of one lock. */
  static List<RedFlag> evaluate(LockSnapshot lock, Thresholds t) {
    List<RedFlag> flags = new ArrayList<>();
    if (lock.threads() > 1 && lock.utilization() > t.lockSaturatedUtilization()) {
      flags.add(saturated(lock, t));
    }
    return flags;
  }

  private static RedFlag saturated(LockSnapshot lock, Thresholds t) {
    String message =
        String.format(
            Locale.ROOT,
            "lock %s held %.1f %% of wall time by %d threads, red flag above %s",
            lock.name(),
            lock.utilization() * 100.0,
            lock.threads(),
            percent(t.lockSaturatedUtilization()));
    return new RedFlag(
        RedFlagRule.LOCK_SATURATED.name(),
        RedFlagRule.LOCK_SATURATED.severity(),
        null,
        message,
        "The lock is busy nearly all the time: more threads only queue for it. Hold it for less"
            + " (encode and do I/O outside it) or shard the state it guards.");
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f %%", ratio * 100.0);
  }
}
