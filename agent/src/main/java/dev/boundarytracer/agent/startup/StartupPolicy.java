package dev.boundarytracer.agent.startup;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;

/**
 * Decides whether the premain activates the agent at once (eager) or waits for the first class that
 * needs it (lazy, see {@link LazyActivation}).
 *
 * <p>Lazy is the default: a JVM whose classes never mention the agent pays only for the premain and
 * a byte search per loaded class. A feature that needs the weaving or the runtime before any marked
 * class loads adds its condition to {@link #eager}.
 */
public final class StartupPolicy {
  private StartupPolicy() {}

  /**
   * Whether the agent must activate in the premain.
   *
   * @param config the merged configuration, not null
   * @return true when {@code jfr} is set (the recording covers the whole run, from start-up), when
   *     {@code pointcuts} is set (their targets carry no marker), or when {@code lock} or {@code
   *     lockSites} is set (those classes carry no marker, and the stores that designate a lock run
   *     once, in their initialisers)
   */
  public static boolean eager(BoundaryConfig config) {
    return config.get(ConfigKey.JFR) != null
        || config.get(ConfigKey.POINTCUTS) != null
        || config.get(ConfigKey.LOCK) != null
        || config.get(ConfigKey.LOCK_SITES) != null;
  }
}
