package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.FlagTexts;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.function.ToLongFunction;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/**
 * Per-document cost of one phase against its targets: the phase's mean per call, scaled to 1000
 * documents by the operation's documents per call, compared with the limits per 1000 documents.
 */
abstract class PhaseCostRule extends BoundaryRule {
  private final Phase phase;
  private final RedFlagRule targetRule;
  private final ToLongFunction<Thresholds> targetNanos;

  PhaseCostRule(
      String id,
      String name,
      Phase phase,
      RedFlagRule targetRule,
      ToLongFunction<Thresholds> targetNanos,
      RedFlagRule... critical) {
    super(id, name, JfrRuleTopics.JAVA_APPLICATION, targetRule, critical);
    this.phase = phase;
    this.targetRule = targetRule;
    this.targetNanos = targetNanos;
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    OperationSnapshot worstOp = null;
    double worstPerThousand = -1;
    for (OperationSnapshot op : recorded.profile().operations()) {
      PhaseSnapshot p = op.phase(phase);
      if (op.count() == 0 || op.docs() == 0 || p == null || p.count() == 0) {
        continue;
      }
      double perThousand = p.nanos().meanNanos() * 1000.0 / op.docsPerOperation();
      if (perThousand > worstPerThousand) {
        worstPerThousand = perThousand;
        worstOp = op;
      }
    }
    if (worstOp == null) {
      return null;
    }
    return worstOp.name()
        + ": "
        + FlagTexts.phaseMessage(
            targetRule,
            worstOp.phase(phase).nanos().meanNanos(),
            worstOp.docsPerOperation(),
            targetNanos.applyAsLong(recorded.thresholds()));
  }

  @Override
  String notApplicable() {
    return "No operation with documents ran a "
        + phase.label().toLowerCase(java.util.Locale.ROOT)
        + " phase in this recording.";
  }
}
