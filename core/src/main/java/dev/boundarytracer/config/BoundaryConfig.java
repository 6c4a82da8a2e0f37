package dev.boundarytracer.config;

import dev.boundarytracer.flags.Thresholds;
import java.util.EnumMap;
import java.util.Map;

/**
 * The agent's configuration after merging every source: an immutable value. Every value in it has
 * been validated by {@link ConfigLoader}; invalid ones were replaced by their default.
 */
public final class BoundaryConfig {
  private final Map<ConfigKey, String> values;

  /**
   * @param values validated values; keys missing here take their default
   */
  public BoundaryConfig(Map<ConfigKey, String> values) {
    this.values = new EnumMap<>(ConfigKey.class);
    this.values.putAll(values);
  }

  /** The defaults only. */
  public static BoundaryConfig defaults() {
    return new BoundaryConfig(Map.of());
  }

  /**
   * The value of a key as written.
   *
   * @param key the key
   * @return the value, the default when unset, or null when the key has no default
   */
  public String get(ConfigKey key) {
    String v = values.get(key);
    return v != null ? v : key.defaultValue();
  }

  /**
   * The value of a numeric key (see {@link ValueKind#parse}).
   *
   * @param key a DURATION, COUNT, RATIO or NUMBER key
   * @return the number: nanoseconds, a count, a fraction or a plain number
   */
  public double number(ConfigKey key) {
    return key.kind().parse(get(key));
  }

  /**
   * The red-flag thresholds these values describe.
   *
   * @return never null
   */
  public Thresholds thresholds() {
    return new Thresholds(
        (long) number(ConfigKey.EXTRACT_TARGET),
        (long) number(ConfigKey.EXTRACT_CRITICAL),
        (long) number(ConfigKey.CONVERT_TARGET),
        (long) number(ConfigKey.CONVERT_PARALLEL_DOCS),
        (long) number(ConfigKey.MATERIALIZE_TARGET),
        (long) number(ConfigKey.MATERIALIZE_CRITICAL),
        number(ConfigKey.LOCK_HELD_TARGET),
        number(ConfigKey.LOCK_HELD_CRITICAL),
        number(ConfigKey.LOCK_RELEASES_TARGET),
        number(ConfigKey.LOCK_MISMATCH),
        number(ConfigKey.LOCK_CONTENDED),
        number(ConfigKey.LOCK_SATURATED));
  }
}
