package dev.boundarytracer.snapshot;

/** How bad a red flag is. A CRITICAL flag replaces its WARNING twin. */
public enum Severity {
  /** Above the target, below the red-flag level. */
  WARNING,
  /** At or above the red-flag level. */
  CRITICAL
}
