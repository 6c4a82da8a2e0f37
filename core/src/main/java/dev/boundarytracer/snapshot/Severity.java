package dev.boundarytracer.snapshot;

/** How bad a red flag is. A CRITICAL flag replaces its WARNING twin. */
public enum Severity {
  /** Above the seed's target, below its red-flag level. */
  WARNING,
  /** At the seed's red-flag level. */
  CRITICAL
}
