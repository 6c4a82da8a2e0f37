package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.flags.RedFlagRule;
import dev.boundarytracer.jmc.recording.BoundaryEventTypes;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.jmc.recording.RecordedProfiles;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.rules.AbstractRule;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.IResultValueProvider;
import org.openjdk.jmc.flightrecorder.rules.ResultBuilder;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit.EventAvailability;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit.RequiredEventsBuilder;

/**
 * A JMC rule for one family of the agent's red flags ({@link RedFlagRule}s). It rebuilds the
 * recording's operations and judges them with the agent's own rules (see {@link RecordedProfile}),
 * so its result names the same flags, with the same severities, as the {@code RedFlag} events the
 * agent wrote; it does not read those events.
 *
 * <p>The result: JMC severity WARNING (score 100) when a CRITICAL flag of the family was raised,
 * INFO (score 50) for a WARNING flag, OK (score 0) otherwise, see {@link JmcScores}. The summary
 * gives the measured value and the threshold in the exit report's words, naming the operation; the
 * explanation says what the rule measures and lists every flagged operation; the solution is the
 * flag's recommendation.
 */
abstract class BoundaryRule extends AbstractRule {
  private static final Map<String, EventAvailability> REQUIRED =
      RequiredEventsBuilder.create()
          .addEventType(BoundaryEventTypes.OPERATION, EventAvailability.ENABLED)
          .build();

  private final Set<RedFlagRule> family;

  BoundaryRule(String id, String name, String topic, RedFlagRule first, RedFlagRule... rest) {
    super(id, name, topic, List.of(), List.of(TypedResult.SCORE), REQUIRED);
    this.family = EnumSet.of(first, rest);
  }

  /** What the rule measures and why the limit matters, without figures. */
  abstract String explanation();

  /**
   * The summary when no operation raised a flag of the family: the measured value closest to the
   * limit, with the limit, in the exit report's words.
   *
   * @return the summary, or null when no operation has the figures the rule judges
   */
  abstract String healthySummary(RecordedProfile recorded);

  /** What to say when no operation has the figures the rule judges. */
  abstract String notApplicable();

  /** Figures to add after a flagged operation's message, e.g. the Amdahl ceiling; "" for none. */
  String detail(OperationSnapshot op, RedFlag flag) {
    return "";
  }

  @Override
  protected IResult getResult(
      IItemCollection items,
      IPreferenceValueProvider preferences,
      IResultValueProvider dependencyResults) {
    RecordedProfile recorded = RecordedProfiles.of(items);
    List<String> lines = new ArrayList<>();
    RedFlag worst = null;
    String worstLine = null;
    Set<String> seen = new LinkedHashSet<>();
    for (OperationSnapshot op : recorded.profile().operations()) {
      for (RedFlag flag : op.redFlags()) {
        if (!inFamily(flag)) {
          continue;
        }
        String line = op.name() + ": " + flag.message() + detail(op, flag) + " (" + flag.id() + ")";
        // A lock-level flag repeats on every operation that takes the lock: say it once.
        boolean lockLevel = RedFlagRule.LOCK_SATURATED.name().equals(flag.id());
        if (!seen.add(flag.id() + "\n" + flag.message() + (lockLevel ? "" : "\n" + op.name()))) {
          continue;
        }
        lines.add(line);
        if (worst == null || flag.severity().compareTo(worst.severity()) > 0) {
          worst = flag;
          worstLine = line;
        }
      }
    }
    ResultBuilder result = ResultBuilder.createFor(this, preferences);
    String thresholds = thresholdsNote(recorded);
    if (worst == null) {
      String summary = healthySummary(recorded);
      return result
          .setSeverity(summary == null ? Severity.NA : Severity.OK)
          .addResult(TypedResult.SCORE, UnitLookup.NUMBER_UNITY.quantity(JmcScores.OK))
          .setSummary(summary == null ? notApplicable() : summary)
          .setExplanation(explanation() + thresholds)
          .build();
    }
    String summary =
        lines.size() == 1
            ? worstLine
            : worstLine + " (and " + (lines.size() - 1) + " more, see the explanation)";
    return result
        .setSeverity(JmcScores.jmcSeverity(worst.severity()))
        .addResult(
            TypedResult.SCORE, UnitLookup.NUMBER_UNITY.quantity(JmcScores.of(worst.severity())))
        .setSummary(summary)
        .setExplanation(explanation() + thresholds + " Raised: " + String.join("; ", lines) + ".")
        .setSolution(worst.recommendation())
        .build();
  }

  private boolean inFamily(RedFlag flag) {
    for (RedFlagRule rule : family) {
      if (rule.name().equals(flag.id())) {
        return true;
      }
    }
    return false;
  }

  private static String thresholdsNote(RecordedProfile recorded) {
    return recorded.thresholdsRecorded()
        ? " Thresholds: as the agent recorded them."
        : " Thresholds: the defaults (the recording carries no dev.boundarytracer.Configuration"
            + " event).";
  }
}
