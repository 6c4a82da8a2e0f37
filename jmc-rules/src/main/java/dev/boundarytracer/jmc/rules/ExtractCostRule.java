package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.flags.Thresholds;

/** Extract per 1000 documents against its target (1 ms) and red-flag level (5 ms). */
public final class ExtractCostRule extends PhaseCostRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public ExtractCostRule() {
    super(
        "BoundaryExtractCost",
        "Boundary: Extract Cost per Document",
        Phase.EXTRACT,
        RedFlagRule.EXTRACT_ABOVE_TARGET,
        Thresholds::extractTargetNanos,
        RedFlagRule.EXTRACT_SLOW);
  }

  @Override
  String explanation() {
    return "Extract reads application objects into an intermediate form while the serialising lock"
        + " is held, so its cost per document limits every thread. The mean extract time per call,"
        + " scaled to 1000 documents, is compared with the target and the red-flag level per 1000"
        + " documents.";
  }
}
