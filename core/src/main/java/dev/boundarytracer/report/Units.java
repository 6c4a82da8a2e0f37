package dev.boundarytracer.report;

import java.util.Locale;

/** Number formatting of the text report: units are applied here, once, at output. */
final class Units {

  private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

  private Units() {}

  /**
   * Microseconds from nanoseconds, rounded to about three significant digits: {@code 8322}, {@code
   * 823}, {@code 12.3}, {@code 0.85}.
   */
  static String micros(double nanos) {
    double us = nanos / 1000.0;
    if (Double.isNaN(us) || Double.isInfinite(us)) {
      return "-";
    }
    if (Math.abs(us) >= 99.95) {
      return String.format(Locale.ROOT, "%.0f", us);
    }
    if (Math.abs(us) >= 9.995) {
      return String.format(Locale.ROOT, "%.1f", us);
    }
    return String.format(Locale.ROOT, "%.2f", us);
  }

  /** Binary byte units: {@code 512 B}, {@code 1.2 MiB}, {@code 210 MiB}. */
  static String bytes(double bytes) {
    if (Double.isNaN(bytes) || Double.isInfinite(bytes)) {
      return "-";
    }
    int unit = 0;
    double value = bytes;
    while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    if (unit == 0) {
      return String.format(Locale.ROOT, "%.0f B", value);
    }
    String pattern = Math.abs(value) >= 99.95 ? "%.0f %s" : "%.1f %s";
    return String.format(Locale.ROOT, pattern, value, BYTE_UNITS[unit]);
  }

  /** Seconds with one decimal, e.g. {@code 12.4 s}. */
  static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  /** A count that may be fractional: no decimals when whole, one otherwise. */
  static String count(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Why a call's allocation has no figure. */
  static final String ALLOCATION_UNMEASURED =
      "the JVM counts no allocation per virtual thread, nor without HotSpot's per-thread counter";

  /** {@code 1 op}, {@code 2400 ops}: a count with a noun, plural unless exactly one. */
  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** {@code String.format} in the root locale. */
  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
