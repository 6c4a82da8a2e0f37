package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.flags.Thresholds;

/** Convert per 1000 documents against its target (10 ms). */
public final class ConvertCostRule extends PhaseCostRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public ConvertCostRule() {
    super(
        "BoundaryConvertCost",
        "Boundary: Convert Cost per Document",
        Phase.CONVERT,
        RedFlagRule.CONVERT_ABOVE_TARGET,
        Thresholds::convertTargetNanos);
  }

  @Override
  String explanation() {
    return "Convert encodes the intermediate form (BSON, JSON, bytes), normally with the lock"
        + " released. The mean convert time per call, scaled to 1000 documents, is compared with"
        + " the target per 1000 documents.";
  }
}
