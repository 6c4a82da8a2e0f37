package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.flags.FlagTexts;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.Locale;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/** The lock-held ratio (the GIL analogue) of each operation, with its Amdahl ceiling. */
public final class LockHeldRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public LockHeldRule() {
    super(
        "BoundaryLockHeld",
        "Boundary: Lock-Held Ratio",
        JfrRuleTopics.LOCK_INSTANCES,
        RedFlagRule.LOCK_HELD_ABOVE_TARGET,
        RedFlagRule.LOCK_HELD_HIGH);
  }

  @Override
  String explanation() {
    return "The lock-held ratio is the share of an operation's wall time during which its thread"
        + " held the serialising lock: declared from the phases' lock use, or measured on a"
        + " designated lock (held time over wall time less the time spent waiting for it). With"
        + " the lock held a fraction f of the time, more threads can speed the work up at most 1/f"
        + " times (Amdahl's law).";
  }

  @Override
  String detail(OperationSnapshot op, RedFlag flag) {
    return ceiling(op);
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    OperationSnapshot worst = null;
    for (OperationSnapshot op : recorded.profile().operations()) {
      if (op.count() > 0
          && !op.phases().isEmpty()
          && (worst == null || op.lockHeldRatio() > worst.lockHeldRatio())) {
        worst = op;
      }
    }
    if (worst == null) {
      return null;
    }
    return worst.name()
        + ": "
        + FlagTexts.lockHeldMessage(
            RedFlagRule.LOCK_HELD_ABOVE_TARGET,
            worst.lockHeldRatio(),
            recorded.thresholds().lockHeldTarget())
        + ceiling(worst);
  }

  @Override
  String notApplicable() {
    return "No operation with phases ran in this recording.";
  }

  /** E.g. {@code , at most 1.6x from more threads (Amdahl)}. */
  private static String ceiling(OperationSnapshot op) {
    double ceiling = op.amdahlCeiling();
    return Double.isInfinite(ceiling)
        ? ", no ceiling from more threads (the lock is never held)"
        : String.format(Locale.ROOT, ", at most %.1fx from more threads (Amdahl)", ceiling);
  }
}
