package dev.boundarytracer.agent.analyze;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a recording to analyse: events that end in {@code [from, to]}. Each bound is an
 * ISO-8601 instant ({@code 2026-11-29T17:05:00Z}) or a time since the recording's first event
 * ({@code 30s}, {@code 1500ms}, {@code 2m}, {@code 1h}); either may be absent.
 *
 * @param from the spelling of the lower bound, or null
 * @param to the spelling of the upper bound, or null
 */
public record TimeWindow(String from, String to) {
  private static final Pattern OFFSET =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h)", Pattern.CASE_INSENSITIVE);

  /** The whole recording. */
  public static final TimeWindow ALL = new TimeWindow(null, null);

  /**
   * Checks both bounds' spelling.
   *
   * @throws AnalyzeException when a bound is neither an instant nor a time since the start
   */
  public void validate() throws AnalyzeException {
    parse(from, "--from", 0);
    parse(to, "--to", 0);
  }

  /** Whether a bound is a time since the start, so the start must be known first. */
  boolean relative() {
    return isOffset(from) || isOffset(to);
  }

  /**
   * The bounds as nanoseconds since the epoch.
   *
   * @param startNanos the recording's first event, since the epoch
   * @return {from, to}; Long.MIN_VALUE / Long.MAX_VALUE for an absent bound
   */
  long[] resolve(long startNanos) throws AnalyzeException {
    long lo = from == null ? Long.MIN_VALUE : parse(from, "--from", startNanos);
    long hi = to == null ? Long.MAX_VALUE : parse(to, "--to", startNanos);
    if (lo > hi) {
      throw new AnalyzeException("--from " + from + " is after --to " + to);
    }
    return new long[] {lo, hi};
  }

  private static boolean isOffset(String s) {
    return s != null && OFFSET.matcher(s.trim()).matches();
  }

  private static long parse(String s, String option, long startNanos) throws AnalyzeException {
    if (s == null) {
      return 0;
    }
    Matcher m = OFFSET.matcher(s.trim());
    if (m.matches()) {
      double v = Double.parseDouble(m.group(1));
      double unit =
          switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
          };
      return startNanos + Math.round(v * unit);
    }
    try {
      return Instants.nanos(Instant.parse(s.trim()));
    } catch (DateTimeParseException e) {
      throw new AnalyzeException(
          option
              + " "
              + s
              + ": expected an ISO-8601 instant (2026-11-29T17:05:00Z) or a time since the"
              + " recording's start (30s, 1500ms, 2m)");
    }
  }
}
