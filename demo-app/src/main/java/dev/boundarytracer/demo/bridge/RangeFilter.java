package dev.boundarytracer.demo.bridge;

/**
 * The intermediate form of a {@code find} query: {@code {_id: {$gte: fromId, $lt: toId}}}.
 *
 * @param fromId inclusive
 * @param toId exclusive
 */
public record RangeFilter(long fromId, long toId) {

  public RangeFilter {
    if (toId < fromId) {
      throw new IllegalArgumentException("empty range: [" + fromId + ", " + toId + ")");
    }
  }
}
