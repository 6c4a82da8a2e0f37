package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.LockSnapshot;
import java.util.Locale;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/** Designated locks busy nearly all the time, where more threads only queue. */
public final class LockSaturationRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public LockSaturationRule() {
    super(
        "BoundaryLockSaturation",
        "Boundary: Lock Saturation",
        JfrRuleTopics.LOCK_INSTANCES,
        RedFlagRule.LOCK_SATURATED);
  }

  @Override
  String explanation() {
    return "Measured on a designated lock used by several threads: the share of wall time, since"
        + " its first acquisition, that some thread held it (from the lock's latest Boundary Lock"
        + " Statistics event). Near 100 % the lock is the bottleneck of the whole process.";
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    LockSnapshot busiest = null;
    for (LockSnapshot lock : recorded.profile().locks()) {
      if (busiest == null || lock.utilization() > busiest.utilization()) {
        busiest = lock;
      }
    }
    if (busiest == null) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "lock %s held %.1f %% of wall time by %d threads, red flag above %s",
        busiest.name(),
        busiest.utilization() * 100.0,
        busiest.threads(),
        MeasuredLocks.percent(recorded.thresholds().lockSaturatedUtilization()));
  }

  @Override
  String notApplicable() {
    return MeasuredLocks.NOT_MEASURED;
  }
}
