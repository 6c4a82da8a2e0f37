package dev.boundarytracer.demo.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints the short durations the command line accepts: {@code 500ms, 30s, 2m, 1h}. */
public final class Durations {
  private static final Pattern SHAPE = Pattern.compile("(\\d+)(ms|s|m|h)");

  private Durations() {}

  /**
   * Parses a positive duration with a unit suffix.
   *
   * @param text e.g. {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}
   * @return the duration, > 0
   * @throws IllegalArgumentException when the text has another shape or is zero
   */
  public static Duration parse(String text) {
    Matcher matcher = SHAPE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; expected a number with a unit: 500ms, 30s, 2m, 1h");
    }
    long amount;
    try {
      amount = Long.parseLong(matcher.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is too large a duration", e);
    }
    Duration duration =
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (duration.isZero()) {
      throw new IllegalArgumentException("'" + text + "' is not a positive duration");
    }
    return duration;
  }

  /**
   * Prints a duration in the largest unit that keeps it whole.
   *
   * @param duration not null
   * @return e.g. {@code 2m}, {@code 30s}, {@code 500ms}
   */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return millis + "ms";
  }
}
