package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.flags.FlagTexts;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/** Lock releases per operation: the lock should be let go for convert and for network. */
public final class LockReleasesRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public LockReleasesRule() {
    super(
        "BoundaryLockReleases",
        "Boundary: Lock Releases",
        JfrRuleTopics.LOCK_INSTANCES,
        RedFlagRule.LOCK_RELEASES_BELOW_TARGET,
        RedFlagRule.NO_LOCK_RELEASE);
  }

  @Override
  String explanation() {
    return "Each operation should release the serialising lock at least twice, once around"
        + " encoding and once around I/O, so that other threads run meanwhile. Releases are the"
        + " entries into lock-released phases, or measured on a designated lock.";
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    OperationSnapshot fewest = null;
    for (OperationSnapshot op : recorded.profile().operations()) {
      if (op.count() > 0
          && !op.phases().isEmpty()
          && (fewest == null
              || op.lockReleasesPerOperation() < fewest.lockReleasesPerOperation())) {
        fewest = op;
      }
    }
    if (fewest == null) {
      return null;
    }
    return fewest.name()
        + ": "
        + FlagTexts.releasesBelowTargetMessage(
            fewest.lockReleasesPerOperation(), recorded.thresholds().lockReleasesTarget());
  }

  @Override
  String notApplicable() {
    return "No operation with phases ran in this recording.";
  }
}
