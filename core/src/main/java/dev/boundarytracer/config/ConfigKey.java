package dev.boundarytracer.config;

import java.util.Locale;

/**
 * Every configuration key the agent accepts, with its default and the shape of its value. Written
 * {@code boundary.<key>} as a system property or in a properties file, {@code <key>} in agent
 * arguments, {@code BOUNDARY_<KEY>} (upper case, dots as underscores) in the environment.
 */
public enum ConfigKey {
  /** Where the text report goes at exit: {@code stderr}, {@code stdout}, {@code off}, or a path. */
  REPORT("report", "stderr", ValueKind.TEXT, "text report: stderr, stdout, off or a file path"),
  /** Path of the JSON report written at exit; unset writes none. */
  JSON("json", null, ValueKind.TEXT, "JSON report file path"),
  /** Path of a JFR recording the agent starts and dumps at exit; unset starts none. */
  JFR("jfr", null, ValueKind.TEXT, "JFR recording file path"),
  /** A properties file holding more of these keys. */
  CONFIG("config", null, ValueKind.TEXT, "properties file with more boundary.* keys"),
  EXTRACT_TARGET(
      "threshold.extract.target", "1ms", ValueKind.DURATION, "extract target per 1000 docs"),
  EXTRACT_CRITICAL(
      "threshold.extract.critical", "5ms", ValueKind.DURATION, "extract red flag per 1000 docs"),
  CONVERT_TARGET(
      "threshold.convert.target", "10ms", ValueKind.DURATION, "convert target per 1000 docs"),
  CONVERT_PARALLEL_DOCS(
      "threshold.convert.parallelDocs",
      "50",
      ValueKind.COUNT,
      "docs per operation from which convert must be parallel"),
  MATERIALIZE_TARGET(
      "threshold.materialize.target",
      "2ms",
      ValueKind.DURATION,
      "materialize target per 1000 docs"),
  MATERIALIZE_CRITICAL(
      "threshold.materialize.critical",
      "5ms",
      ValueKind.DURATION,
      "materialize red flag per 1000 docs"),
  LOCK_HELD_TARGET(
      "threshold.lockHeld.target", "30%", ValueKind.RATIO, "lock-held share of wall time, target"),
  LOCK_HELD_CRITICAL(
      "threshold.lockHeld.critical",
      "50%",
      ValueKind.RATIO,
      "lock-held share of wall time, red flag"),
  LOCK_RELEASES_TARGET(
      "threshold.lockReleases.target",
      "2",
      ValueKind.NUMBER,
      "lock releases per operation, target"),
  /** Static fields holding designated locks, {@code com.example.Driver#LOCK}, comma separated. */
  LOCK("lock", null, ValueKind.TEXT, "designated lock fields: com.example.Driver#LOCK,..."),
  /** More classes whose lock sites are woven: class-name prefixes, comma separated. */
  LOCK_SITES(
      "lockSites", null, ValueKind.TEXT, "class-name prefixes whose lock sites are woven, a,b"),
  LOCK_MISMATCH(
      "threshold.lock.mismatch",
      "10%",
      ValueKind.RATIO,
      "share of a RELEASED phase's time holding the lock that flags a mismatch"),
  LOCK_CONTENDED(
      "threshold.lock.contended",
      "10%",
      ValueKind.RATIO,
      "share of operation wall time waiting for the lock that flags contention"),
  LOCK_SATURATED(
      "threshold.lock.saturated",
      "90%",
      ValueKind.RATIO,
      "lock utilization that flags saturation (more than one thread)"),
  /** Shortest lock hold the agent's own JFR recording records as a LockHold event. */
  LOCK_HOLD_THRESHOLD(
      "jfr.lockHoldThreshold",
      "1ms",
      ValueKind.DURATION,
      "shortest hold recorded as dev.boundarytracer.LockHold in the agent's recording"),
  /** A pointcut file: methods to profile without annotations; unset reads none. */
  POINTCUTS("pointcuts", null, ValueKind.TEXT, "pointcut file path"),
  /**
   * How often the JSON report is rewritten while the JVM runs; unset rewrites it only at exit.
   * Needs {@link #JSON}; values below one second are raised to one second.
   */
  SNAPSHOT_INTERVAL(
      "snapshotInterval",
      null,
      ValueKind.DURATION,
      "period of JSON report rewrites while running (>= 1s)"),
  /**
   * Distinct operation names recorded on their own; further names are folded into one {@code
   * (other)} entry with one warning, so names built from user data cannot exhaust the heap.
   */
  MAX_OPERATIONS(
      "maxOperations",
      "1000",
      ValueKind.COUNT,
      "distinct operation names kept; further names are recorded as (other)");

  private final String key;
  private final String defaultValue;
  private final ValueKind kind;
  private final String description;

  ConfigKey(String key, String defaultValue, ValueKind kind, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.kind = kind;
    this.description = description;
  }

  /**
   * @return the key without prefix, e.g. {@code threshold.extract.target}
   */
  public String key() {
    return key;
  }

  /**
   * @return the default value as written, or null when the key is unset by default
   */
  public String defaultValue() {
    return defaultValue;
  }

  /**
   * @return the shape of the value
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * @return a short description for help and errors
   */
  public String description() {
    return description;
  }

  /**
   * @return the environment variable name, e.g. {@code BOUNDARY_THRESHOLD_EXTRACT_TARGET}
   */
  public String environmentName() {
    return "BOUNDARY_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * Finds a key by its name, with or without the {@code boundary.} prefix, ignoring case.
   *
   * @param name as written by the user
   * @return the key, or null when unknown
   */
  public static ConfigKey find(String name) {
    String n = name.trim();
    if (n.toLowerCase(Locale.ROOT).startsWith("boundary.")) {
      n = n.substring("boundary.".length());
    }
    for (ConfigKey k : values()) {
      if (k.key.equalsIgnoreCase(n)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Finds a key by its environment variable name.
   *
   * @param name e.g. {@code BOUNDARY_JSON}
   * @return the key, or null when unknown
   */
  public static ConfigKey findEnvironment(String name) {
    for (ConfigKey k : values()) {
      if (k.environmentName().equalsIgnoreCase(name)) {
        return k;
      }
    }
    return null;
  }

  /**
   * @return every key name, comma separated, for error messages
   */
  public static String acceptedKeys() {
    StringBuilder b = new StringBuilder();
    for (ConfigKey k : values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(k.key);
    }
    return b.toString();
  }
}
