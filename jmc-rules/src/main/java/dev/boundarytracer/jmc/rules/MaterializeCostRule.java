package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.flags.Thresholds;

/** Materialize per 1000 documents against its target (2 ms) and red-flag level (5 ms). */
public final class MaterializeCostRule extends PhaseCostRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public MaterializeCostRule() {
    super(
        "BoundaryMaterializeCost",
        "Boundary: Materialize Cost per Document",
        Phase.MATERIALIZE,
        RedFlagRule.MATERIALIZE_ABOVE_TARGET,
        Thresholds::materializeTargetNanos,
        RedFlagRule.MATERIALIZE_SLOW);
  }

  @Override
  String explanation() {
    return "Materialize builds the result objects for the caller while the serialising lock is"
        + " held. The mean materialize time per call, scaled to 1000 documents, is compared with"
        + " the target and the red-flag level per 1000 documents.";
  }
}
