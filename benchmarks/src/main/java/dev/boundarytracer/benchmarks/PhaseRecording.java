package dev.boundarytracer.benchmarks;

import java.time.Duration;
import jdk.jfr.Recording;

/**
 * A JFR recording with only the agent's phase event enabled, for case 5. Kept in memory and
 * bounded, so the cost measured is the event's, not the disk's.
 */
final class PhaseRecording {
  static final String PHASE_EVENT = "dev.boundarytracer.Phase";

  private PhaseRecording() {}

  /**
   * Starts the recording.
   *
   * @param threshold the phase event's threshold: above the call's duration (nothing committed) or
   *     zero (every call committed)
   * @return the running recording
   */
  static Recording start(Duration threshold) {
    return start(PHASE_EVENT, threshold);
  }

  /**
   * Starts a recording of one event type.
   *
   * @param event the event's name
   * @param threshold its threshold
   * @return the running recording
   */
  static Recording start(String event, Duration threshold) {
    Recording recording = new Recording();
    recording.setName("benchmark-" + event);
    recording.enable(event).withThreshold(threshold).withoutStackTrace();
    recording.setToDisk(true);
    recording.setMaxSize(64L << 20);
    recording.start();
    return recording;
  }
}
