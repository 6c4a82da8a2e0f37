package dev.boundarytracer.demo.config;

/**
 * Documents per operation: one size, or a range each operation draws its size from (uniformly), so
 * that a profile sees calls of different sizes and can fit a cost per call and a cost per document.
 *
 * @param min smallest batch, >= 1
 * @param max largest batch, >= min
 */
public record BatchRange(int min, int max) {
  public BatchRange {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("batch range needs 1 <= min <= max: " + min + ".." + max);
    }
  }

  /** One size for every operation. */
  public static BatchRange of(int size) {
    return new BatchRange(size, size);
  }

  /**
   * @return true when every operation has the same size
   */
  public boolean fixed() {
    return min == max;
  }

  @Override
  public String toString() {
    return fixed() ? Integer.toString(min) : min + ".." + max;
  }
}
