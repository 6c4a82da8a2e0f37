package dev.boundarytracer.benchmarks.targets;

/**
 * One target of {@code benchmarks/targets.tsv}.
 *
 * @param id stable identifier, e.g. {@code memory.added.200x50}
 * @param atLeast true for a lower bound ({@code >=}), false for an upper bound ({@code <=})
 * @param limit the bound, in {@code unit}
 * @param unit how the measured value is expressed, e.g. {@code MiB}, {@code x}, {@code %}
 * @param text the target as a reader checks it
 */
public record Target(String id, boolean atLeast, double limit, String unit, String text) {
  /**
   * @param value a measured value in {@link #unit()}
   * @return true when the value meets the target; false for NaN
   */
  public boolean metBy(double value) {
    return atLeast ? value >= limit : value <= limit;
  }

  /**
   * @return the bound as written, e.g. {@code <= 32 MiB}
   */
  public String bound() {
    String n = limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit);
    return (atLeast ? ">= " : "<= ") + n + " " + unit;
  }
}
