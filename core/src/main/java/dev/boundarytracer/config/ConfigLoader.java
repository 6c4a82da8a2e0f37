package dev.boundarytracer.config;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Merges the configuration sources, highest first: agent arguments ({@code key=value;key=value}),
 * system properties ({@code -Dboundary.key=value}), the environment ({@code BOUNDARY_KEY}), and the
 * properties file named by {@code config}.
 *
 * <p>Never throws for bad input: an unknown key or a malformed value prints one line on the given
 * stream naming the key, its source and what is accepted, and the key keeps its default.
 */
public final class ConfigLoader {
  private static final String PREFIX = "[boundary-tracer] ";

  private final PrintStream err;
  private final Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);

  private ConfigLoader(PrintStream err) {
    this.err = err;
  }

  /**
   * Loads the configuration.
   *
   * @param agentArgs the agent's argument string, may be null or empty
   * @param systemProperties usually {@link System#getProperties()}
   * @param environment usually {@link System#getenv()}
   * @param err where problems are reported, one line each
   * @return the merged, validated configuration
   */
  public static BoundaryConfig load(
      String agentArgs,
      Properties systemProperties,
      Map<String, String> environment,
      PrintStream err) {
    ConfigLoader loader = new ConfigLoader(err);
    // Lowest precedence first; later sources overwrite.
    Map<ConfigKey, String> fromEnv = loader.readEnvironment(environment);
    Map<ConfigKey, String> fromProps = loader.readSystemProperties(systemProperties);
    Map<ConfigKey, String> fromArgs = loader.readAgentArgs(agentArgs);
    String file = firstNonNull(fromArgs, fromProps, fromEnv, ConfigKey.CONFIG);
    if (file != null) {
      loader.readFile(Path.of(file));
    }
    loader.values.putAll(fromEnv);
    loader.values.putAll(fromProps);
    loader.values.putAll(fromArgs);
    return new BoundaryConfig(loader.values);
  }

  private Map<ConfigKey, String> readAgentArgs(String args) {
    Map<ConfigKey, String> out = new EnumMap<>(ConfigKey.class);
    if (args == null || args.isBlank()) {
      return out;
    }
    for (String part : args.split("[;,]")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        err.println(
            PREFIX
                + "agent argument '"
                + part.trim()
                + "' is not key=value; write -javaagent:boundary-agent.jar=key=value;key=value"
                + " with keys: "
                + ConfigKey.acceptedKeys());
        continue;
      }
      accept(out, part.substring(0, eq), part.substring(eq + 1), "agent arguments");
    }
    return out;
  }

  private Map<ConfigKey, String> readSystemProperties(Properties props) {
    Map<ConfigKey, String> out = new EnumMap<>(ConfigKey.class);
    for (String name : props.stringPropertyNames()) {
      if (name.startsWith("boundary.")) {
        accept(out, name, props.getProperty(name), "system property -D" + name);
      }
    }
    return out;
  }

  private Map<ConfigKey, String> readEnvironment(Map<String, String> env) {
    Map<ConfigKey, String> out = new EnumMap<>(ConfigKey.class);
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (!e.getKey().startsWith("BOUNDARY_")) {
        continue;
      }
      ConfigKey key = ConfigKey.findEnvironment(e.getKey());
      if (key == null) {
        err.println(
            PREFIX
                + "unknown environment variable "
                + e.getKey()
                + "; accepted: BOUNDARY_ followed by one of "
                + ConfigKey.acceptedKeys()
                + " (upper case, dots as underscores)");
      } else if (valid(key, e.getValue(), "environment variable " + e.getKey())) {
        out.put(key, e.getValue().trim());
      }
    }
    return out;
  }

  private void readFile(Path path) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      err.println(
          PREFIX + "config file " + path + " cannot be read (" + e + "); using the other sources");
      return;
    }
    Map<ConfigKey, String> out = new EnumMap<>(ConfigKey.class);
    for (String name : p.stringPropertyNames()) {
      accept(out, name, p.getProperty(name), "config file " + path);
    }
    values.putAll(out);
  }

  private void accept(Map<ConfigKey, String> out, String name, String value, String source) {
    ConfigKey key = ConfigKey.find(name);
    if (key == null) {
      err.println(
          PREFIX
              + "unknown config key '"
              + name.trim()
              + "' in "
              + source
              + "; "
              + KeySuggestion.hint(name)
              + "accepted keys: "
              + ConfigKey.acceptedKeys());
      return;
    }
    if (valid(key, value, source)) {
      out.put(key, value.trim());
    }
  }

  private boolean valid(ConfigKey key, String value, String source) {
    try {
      key.kind().parse(value);
      return true;
    } catch (RuntimeException e) {
      String fallback =
          key.defaultValue() == null
              ? "leaving it unset"
              : "using the default " + key.defaultValue();
      err.println(
          PREFIX
              + "boundary."
              + key.key()
              + "='"
              + value
              + "' in "
              + source
              + " is not valid: expected "
              + key.kind().expected()
              + "; "
              + fallback);
      return false;
    }
  }

  private static String firstNonNull(
      Map<ConfigKey, String> a, Map<ConfigKey, String> b, Map<ConfigKey, String> c, ConfigKey key) {
    if (a.containsKey(key)) {
      return a.get(key);
    }
    if (b.containsKey(key)) {
      return b.get(key);
    }
    return c.get(key);
  }
}
