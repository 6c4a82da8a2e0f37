package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import java.util.Locale;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/** Phases whose measured use of a designated lock contradicts their declared lock use. */
public final class LockMismatchRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public LockMismatchRule() {
    super(
        "BoundaryLockMismatch",
        "Boundary: Lock Declaration Mismatch",
        JfrRuleTopics.LOCK_INSTANCES,
        RedFlagRule.LOCK_DECLARATION_MISMATCH);
  }

  @Override
  String explanation() {
    return "Each phase declares whether it runs with the serialising lock held. When a lock is"
        + " designated, the agent measures it: a phase declared RELEASED that holds the lock for"
        + " more than the mismatch share of its working time, or a phase declared HELD that never"
        + " takes it, is mislabelled, and the declared figures would mislead.";
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    long measured = MeasuredLocks.measuredOperations(recorded);
    if (measured == 0) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "every phase of the %d measured operation(s) uses the designated lock as declared"
            + " (RELEASED phases held it at most %s of their time)",
        measured,
        MeasuredLocks.percent(recorded.thresholds().lockMismatchRatio()));
  }

  @Override
  String notApplicable() {
    return MeasuredLocks.NOT_MEASURED;
  }
}
