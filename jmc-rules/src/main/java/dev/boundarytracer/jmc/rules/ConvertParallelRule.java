package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.FlagTexts;
import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.Locale;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;

/**
 * Convert run in parallel for large batches, with the measured parallelism beside it: how many
 * threads the calls' handed-off tasks ran on and how many cores they kept busy.
 */
public final class ConvertParallelRule extends BoundaryRule {
  /** The rule as JMC instantiates it (services file or plug-in). */
  public ConvertParallelRule() {
    super(
        "BoundaryConvertParallel",
        "Boundary: Convert Parallelism",
        JfrRuleTopics.JAVA_APPLICATION,
        RedFlagRule.CONVERT_NOT_PARALLEL);
  }

  @Override
  String explanation() {
    return "Encoding a large batch on one thread leaves the other cores idle while the lock is"
        + " released. From the threshold number of documents per call, at least half of the"
        + " convert calls should run in parallel: measured when the agent saw convert hand tasks"
        + " to two or more threads, else as the application declared it.";
  }

  @Override
  String detail(OperationSnapshot op, RedFlag flag) {
    return parallelism(op);
  }

  @Override
  String healthySummary(RecordedProfile recorded) {
    OperationSnapshot least = null;
    double leastShare = Double.MAX_VALUE;
    for (OperationSnapshot op : recorded.profile().operations()) {
      PhaseSnapshot convert = op.phase(Phase.CONVERT);
      if (op.count() == 0 || convert == null || convert.count() == 0) {
        continue;
      }
      double share = (double) op.convertParallelCount() / op.count();
      if (share < leastShare) {
        leastShare = share;
        least = op;
      }
    }
    if (least == null) {
      return null;
    }
    return least.name()
        + ": "
        + FlagTexts.notParallelMessage(
            least.convertParallelCount(),
            least.count(),
            least.docsPerOperation(),
            recorded.thresholds().convertParallelMinDocs())
        + parallelism(least);
  }

  @Override
  String notApplicable() {
    return "No operation ran a convert phase in this recording.";
  }

  /** E.g. {@code ; measured: 3.2 threads per call, tasks busy 2.9 cores}; "" when none. */
  private static String parallelism(OperationSnapshot op) {
    PhaseSnapshot convert = op.phase(Phase.CONVERT);
    if (convert == null || !convert.parallelism().measured()) {
      return "";
    }
    Parallelism p = convert.parallelism();
    return String.format(
        Locale.ROOT,
        "; measured: %.1f threads per call that handed off work, task CPU %.1fx the phase's wall"
            + " time",
        p.threadsMean(),
        convert.taskCpuToWallRatio());
  }
}
