package dev.boundarytracer.jmc.rules;

import dev.boundarytracer.snapshot.Severity;

/**
 * How a red flag's severity shows in JMC, whose results are scored 0..100 and whose severity
 * follows from the score (below 25 OK, below 75 INFO, from 75 WARNING): a CRITICAL flag is a JMC
 * warning (score 100), a WARNING flag is JMC information (score 50), no flag is OK (score 0).
 */
final class JmcScores {
  static final double OK = 0;
  static final double ABOVE_TARGET = 50;
  static final double RED_FLAG = 100;

  private JmcScores() {}

  static double of(Severity severity) {
    if (severity == null) {
      return OK;
    }
    return severity == Severity.CRITICAL ? RED_FLAG : ABOVE_TARGET;
  }

  static org.openjdk.jmc.flightrecorder.rules.Severity jmcSeverity(Severity severity) {
    return org.openjdk.jmc.flightrecorder.rules.Severity.get(of(severity));
  }
}
