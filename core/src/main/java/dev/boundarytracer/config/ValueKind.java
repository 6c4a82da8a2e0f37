package dev.boundarytracer.config;

import java.util.Locale;

/** The shape a config value must have, with its parser and the words that describe it. */
public enum ValueKind {
  /** Free text, e.g. a destination or a path. */
  TEXT("any text"),
  /** A duration with a unit: {@code ns}, {@code us}, {@code ms}, {@code s}, {@code m}. */
  DURATION("a duration with a unit, e.g. 500us, 1ms, 2.5ms, 1s"),
  /** A whole number >= 0. */
  COUNT("a whole number >= 0, e.g. 50"),
  /** A share of 1: {@code 30%} or {@code 0.3}. */
  RATIO("a share such as 30% or 0.3 (between 0 and 1)"),
  /** A number >= 0, e.g. 2 or 1.5. */
  NUMBER("a number >= 0, e.g. 2 or 1.5");

  private final String expected;

  ValueKind(String expected) {
    this.expected = expected;
  }

  /**
   * What a valid value looks like, for error messages.
   *
   * @return a short phrase
   */
  public String expected() {
    return expected;
  }

  /**
   * Parses a value of this kind into a number: nanoseconds for DURATION, the count for COUNT, a
   * fraction 0..1 for RATIO, the number for NUMBER; TEXT is not numeric.
   *
   * @param raw the value as written, not null
   * @return the parsed number
   * @throws IllegalArgumentException if the value does not have this kind's shape
   */
  public double parse(String raw) {
    String v = raw.trim().toLowerCase(Locale.ROOT);
    switch (this) {
      case DURATION:
        return parseDurationNanos(v);
      case COUNT:
        long n = Long.parseLong(v);
        if (n < 0) {
          throw new IllegalArgumentException("negative");
        }
        return n;
      case RATIO:
        double r =
            v.endsWith("%")
                ? Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100
                : Double.parseDouble(v);
        if (!(r >= 0 && r <= 1)) {
          throw new IllegalArgumentException("out of range");
        }
        return r;
      case NUMBER:
        double d = Double.parseDouble(v);
        if (!(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("out of range");
        }
        return d;
      default:
        if (v.isEmpty()) {
          throw new IllegalArgumentException("empty");
        }
        return 0;
    }
  }

  private static double parseDurationNanos(String v) {
    String[] units = {"ns", "us", "µs", "ms", "s", "m"};
    double[] scale = {1, 1e3, 1e3, 1e6, 1e9, 60e9};
    for (int i = 0; i < units.length; i++) {
      if (v.endsWith(units[i])) {
        String number = v.substring(0, v.length() - units[i].length()).trim();
        if (units[i].equals("s")
            && (number.endsWith("m") || number.endsWith("u") || number.endsWith("n"))) {
          continue;
        }
        double d = Double.parseDouble(number);
        if (!(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("out of range");
        }
        return d * scale[i];
      }
    }
    throw new IllegalArgumentException("no unit");
  }
}
