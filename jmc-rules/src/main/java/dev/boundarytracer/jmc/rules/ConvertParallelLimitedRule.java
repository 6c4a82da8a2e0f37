package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.Locale;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/**
 * Convert code that hands its work to other threads, measured against how it ran: the tasks of a
 * call should reach two or more threads and keep them busy. Apart from {@link ConvertParallelRule}
 * (code that does not split the work at all).
 */
public final class ConvertParallelLimitedRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public ConvertParallelLimitedRule() {
    super(
        "BoundaryConvertParallelLimited",
        "Boundary: Convert Parallelism Limited",
        JfrRuleTopics.JAVA_APPLICATION,
        RedFlagRule.CONVERT_PARALLEL_LIMITED);
  }

  @Override
  String explanation() {
    return "The convert code hands its work to other threads, but in most calls the tasks ran on"
        + " one thread, or their CPU time stayed close to the phase's wall time: a one-thread"
        + " pool, a saturated machine, or tasks too small for a second worker to take. Measured"
        + " from the tasks the agent followed.";
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    OperationSnapshot least = null;
    double leastShare = Double.MAX_VALUE;
    OperationSnapshot serial = null;
    for (OperationSnapshot op : recorded.profile().operations()) {
      PhaseSnapshot convert = op.phase(Phase.CONVERT);
      if (convert == null || convert.count() == 0) {
        continue;
      }
      Parallelism p = convert.parallelism();
      if (p.handOffCalls() == 0) {
        serial = serial == null ? op : serial;
        continue;
      }
      double share = (double) p.parallelCalls() / p.handOffCalls();
      if (share < leastShare) {
        leastShare = share;
        least = op;
      }
    }
    if (least != null) {
      Parallelism p = least.phase(Phase.CONVERT).parallelism();
      return String.format(
          Locale.ROOT,
          "%s: convert's tasks ran on two or more threads in %d of the %d calls that handed work"
              + " off (%.1f threads per call)",
          least.name(),
          p.parallelCalls(),
          p.handOffCalls(),
          p.threadsMean());
    }
    if (serial != null) {
      return serial.name()
          + ": convert handed no work to other threads, so none could run short of threads"
          + " (convert on one thread is the Convert Parallelism rule's)";
    }
    return null;
  }

  @Override
  String notApplicable() {
    return "No operation ran a convert phase in this recording.";
  }
}
