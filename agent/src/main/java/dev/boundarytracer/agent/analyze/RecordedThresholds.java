package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.flags.Thresholds;
import jdk.jfr.consumer.RecordedEvent;

/**
 * The limits of the recording's last {@code dev.boundarytracer.Configuration} event, or {@link
 * Thresholds#DEFAULTS} when it has none.
 */
final class RecordedThresholds {
  private Thresholds thresholds;
  private String agentVersion;

  void add(RecordedEvent e) {
    thresholds =
        new Thresholds(
            e.getLong("extractTarget"),
            e.getLong("extractCritical"),
            e.getLong("convertTarget"),
            e.getLong("convertParallelDocs"),
            e.getLong("materializeTarget"),
            e.getLong("materializeCritical"),
            e.getDouble("lockHeldTarget"),
            e.getDouble("lockHeldCritical"),
            e.getDouble("lockReleasesTarget"),
            e.getDouble("lockMismatch"),
            e.getDouble("lockContended"),
            e.getDouble("lockSaturated"));
    agentVersion = e.getString("agentVersion");
  }

  /** Whether the recording carried its thresholds. */
  boolean recorded() {
    return thresholds != null;
  }

  Thresholds thresholds() {
    return thresholds == null ? Thresholds.DEFAULTS : thresholds;
  }

  /** The version of the agent that wrote the event, or null. */
  String agentVersion() {
    return agentVersion;
  }
}
