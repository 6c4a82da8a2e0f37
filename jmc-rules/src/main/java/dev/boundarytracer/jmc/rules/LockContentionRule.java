package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.flags.FlagTexts;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import java.util.Locale;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/** Time the operations' threads spent waiting for a designated lock. */
public final class LockContentionRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public LockContentionRule() {
    super(
        "BoundaryLockContention",
        "Boundary: Lock Contention",
        JfrRuleTopics.LOCK_INSTANCES,
        RedFlagRule.LOCK_CONTENDED);
  }

  @Override
  String explanation() {
    return "Measured on a designated lock: the share of an operation's wall time its thread spent"
        + " waiting to acquire the lock. Waiting adds wall time without doing work; JMC's Java"
        + " Blocking and Lock Instances pages show the same waits from the JVM's side.";
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    OperationSnapshot worst = null;
    for (OperationSnapshot op : recorded.profile().operations()) {
      if (op.count() > 0
          && op.locks().measured()
          && (worst == null || op.lockWaitRatio() > worst.lockWaitRatio())) {
        worst = op;
      }
    }
    if (worst == null) {
      return null;
    }
    return worst.name()
        + ": "
        + String.format(
            Locale.ROOT,
            "threads waited for the lock %.1f %% of wall time (%s ms per call), target below %s",
            worst.lockWaitRatio() * 100.0,
            FlagTexts.millis((double) worst.locks().waitNanos() / Math.max(1, worst.count())),
            MeasuredLocks.percent(recorded.thresholds().lockContendedRatio()));
  }

  @Override
  String notApplicable() {
    return MeasuredLocks.NOT_MEASURED;
  }
}
