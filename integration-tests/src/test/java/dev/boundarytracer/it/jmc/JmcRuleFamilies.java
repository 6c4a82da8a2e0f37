package dev.boundarytracer.it.jmc;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which JMC rule of the jar reports which red-flag ids, and how a flag's severity shows in JMC. */
final class JmcRuleFamilies {
  static final Map<String, Set<String>> FAMILIES =
      Map.of(
          "BoundaryExtractCost", Set.of("EXTRACT_ABOVE_TARGET", "EXTRACT_SLOW"),
          "BoundaryConvertCost", Set.of("CONVERT_ABOVE_TARGET"),
          "BoundaryMaterializeCost", Set.of("MATERIALIZE_ABOVE_TARGET", "MATERIALIZE_SLOW"),
          "BoundaryConvertParallel", Set.of("CONVERT_NOT_PARALLEL"),
          "BoundaryConvertParallelLimited", Set.of("CONVERT_PARALLEL_LIMITED"),
          "BoundaryLockHeld", Set.of("LOCK_HELD_ABOVE_TARGET", "LOCK_HELD_HIGH"),
          "BoundaryLockReleases", Set.of("LOCK_RELEASES_BELOW_TARGET", "NO_LOCK_RELEASE"),
          "BoundaryLockMismatch", Set.of("LOCK_DECLARATION_MISMATCH"),
          "BoundaryLockContention", Set.of("LOCK_CONTENDED"),
          "BoundaryLockSaturation", Set.of("LOCK_SATURATED"));

  private JmcRuleFamilies() {}

  /**
   * JMC's severity name for the worst of the flags: CRITICAL shows as "Warning" (score 100),
   * WARNING as "Information" (score 50), none as "OK" (score 0).
   */
  static String expectedSeverity(List<RedFlagEvents.Flag> flags) {
    if (flags.stream().anyMatch(f -> f.severity().equals("CRITICAL"))) {
      return "Warning";
    }
    return flags.isEmpty() ? "OK" : "Information";
  }

  static String expectedScore(String severity) {
    return switch (severity) {
      case "Warning" -> "100";
      case "Information" -> "50";
      default -> "0";
    };
  }
}
