package dev.boundarytracer.jfr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;
import jdk.jfr.Configuration;

/**
 * The two settings files shipped in the agent jar, in the JDK's pattern of {@code default.jfc} and
 * {@code profile.jfc}, and the choice between them for the agent's own recording ({@code
 * boundary.jfr.settings}).
 *
 * <ul>
 *   <li>{@value #DEFAULT_RESOURCE} ({@code default}): low overhead, for a recording that stays on:
 *       phase events from 10 ms, operation events from 20 ms, lock holds from 10 ms, per-second
 *       statistics with the interval's histogram, red flags, lock statistics.
 *   <li>{@value #PROFILE_RESOURCE} ({@code profile}): every phase and operation call, lock holds
 *       from 1 ms, for short investigations.
 * </ul>
 */
public final class RecordingSettings {
  /**
   * The low-overhead settings, for recordings that stay on (the agent jar ships it as
   * boundary.jfc).
   */
  public static final String DEFAULT_RESOURCE = "boundary.jfc";

  /** The settings that record every call: the default of the agent's own {@code jfr=} recording. */
  public static final String PROFILE_RESOURCE = "boundary-profile.jfc";

  /** Value of {@code boundary.jfr.settings} selecting {@value #DEFAULT_RESOURCE}. */
  public static final String DEFAULT = "default";

  /** Value of {@code boundary.jfr.settings} selecting {@value #PROFILE_RESOURCE}. */
  public static final String PROFILE = "profile";

  private RecordingSettings() {}

  /**
   * The settings {@code boundary.jfr.settings} names; when they cannot be read, one line on {@code
   * err} and the default settings.
   *
   * @param choice {@code default}, {@code profile} (any case) or the path of a {@code .jfc} file;
   *     null means {@code default}
   * @param err where a setting that cannot be read is reported
   * @return the settings
   * @throws IOException if the shipped default settings are missing from the jar
   * @throws ParseException if the shipped default settings are malformed
   */
  public static Configuration forAgent(String choice, PrintStream err)
      throws IOException, ParseException {
    try {
      return resolve(choice);
    } catch (IOException | ParseException e) {
      err.println(
          "[boundary-tracer] boundary.jfr.settings="
              + choice
              + " cannot be read ("
              + e.getMessage()
              + "); accepted: default, profile or the path of a .jfc file. Recording with default");
      return shipped(DEFAULT_RESOURCE);
    }
  }

  /**
   * The settings one value of {@code boundary.jfr.settings} names.
   *
   * @param choice {@code default}, {@code profile} (any case) or the path of a {@code .jfc} file;
   *     null means {@code default}
   * @return the settings
   * @throws IOException if the file cannot be read
   * @throws ParseException if it is not a valid settings file
   */
  public static Configuration resolve(String choice) throws IOException, ParseException {
    String c = choice == null ? DEFAULT : choice.trim();
    switch (c.toLowerCase(Locale.ROOT)) {
      case DEFAULT:
        return shipped(DEFAULT_RESOURCE);
      case PROFILE:
        return shipped(PROFILE_RESOURCE);
      default:
        return Configuration.create(Path.of(c));
    }
  }

  /**
   * One of the settings files shipped in the jar.
   *
   * @param resource {@value #DEFAULT_RESOURCE} or {@value #PROFILE_RESOURCE}
   * @return the settings
   * @throws IOException if the resource is missing
   * @throws ParseException if it is malformed
   */
  public static Configuration shipped(String resource) throws IOException, ParseException {
    try (InputStream in = RecordingSettings.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the agent jar");
      }
      return Configuration.create(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
