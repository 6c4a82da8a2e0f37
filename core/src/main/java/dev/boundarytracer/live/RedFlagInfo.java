package dev.boundarytracer.live;

import java.beans.ConstructorProperties;

/** A raised red flag as JMX open data (a CompositeData with these items). */
public final class RedFlagInfo {
  private final String id;
  private final String severity;
  private final String phase;
  private final String message;

  /**
   * @param id the flag's identifier, e.g. {@code EXTRACT_SLOW}
   * @param severity {@code WARNING} or {@code CRITICAL}
   * @param phase the phase concerned, empty for an operation-level flag
   * @param message one line with the measured value and the threshold
   */
  @ConstructorProperties({"id", "severity", "phase", "message"})
  public RedFlagInfo(String id, String severity, String phase, String message) {
    this.id = id;
    this.severity = severity;
    this.phase = phase;
    this.message = message;
  }

  /**
   * @return the flag's identifier
   */
  public String getId() {
    return id;
  }

  /**
   * @return WARNING or CRITICAL
   */
  public String getSeverity() {
    return severity;
  }

  /**
   * @return the phase concerned, empty for an operation-level flag
   */
  public String getPhase() {
    return phase;
  }

  /**
   * @return the flag's message
   */
  public String getMessage() {
    return message;
  }
}
