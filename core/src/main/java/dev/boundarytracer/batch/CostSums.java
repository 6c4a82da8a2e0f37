package dev.boundarytracer.batch;

import dev.boundarytracer.snapshot.CostFit;

/**
 * Running sums for a least-squares fit of a phase's time against its documents: {@code duration =
 * fixed + perDoc * docs}. Six numbers and the smallest and largest document count, however many
 * calls; the fit itself is computed only when a snapshot is taken ({@link #fit()}).
 *
 * <p>Not thread-safe: the recorder's reader builds one from the sums the recording threads keep
 * ({@link #addSums}), under its lock. Sums can be added and subtracted (for baselines); the
 * document range is kept only by adding.
 */
public final class CostSums {
  private long n;
  private double sumX;
  private double sumY;
  private double sumXx;
  private double sumXy;
  private double sumYy;
  private long minX = Long.MAX_VALUE;
  private long maxX = Long.MIN_VALUE;

  /**
   * Adds one call. Allocates nothing.
   *
   * @param docs the call's documents, >= 1
   * @param durationNanos the call's wall time, nanoseconds, >= 0
   */
  public void add(long docs, long durationNanos) {
    double x = docs;
    double y = durationNanos;
    n++;
    sumX += x;
    sumY += y;
    sumXx += x * x;
    sumXy += x * y;
    sumYy += y * y;
    if (docs < minX) {
      minX = docs;
    }
    if (docs > maxX) {
      maxX = docs;
    }
  }

  /**
   * Adds sums kept elsewhere (one stripe of the recording).
   *
   * @param calls calls, >= 0
   * @param docs summed documents
   * @param nanos summed wall time, nanoseconds
   * @param docsSquared summed squares of the documents
   * @param docsNanos summed products of documents and wall time
   * @param nanosSquared summed squares of the wall time
   * @param minDocs the fewest documents of one call, {@link Long#MAX_VALUE} when none
   * @param maxDocs the most documents of one call, {@link Long#MIN_VALUE} when none
   */
  public void addSums(
      long calls,
      double docs,
      double nanos,
      double docsSquared,
      double docsNanos,
      double nanosSquared,
      long minDocs,
      long maxDocs) {
    n += calls;
    sumX += docs;
    sumY += nanos;
    sumXx += docsSquared;
    sumXy += docsNanos;
    sumYy += nanosSquared;
    minX = Math.min(minX, minDocs);
    maxX = Math.max(maxX, maxDocs);
  }

  /**
   * Adds (sign 1) or subtracts (sign -1) another set of sums.
   *
   * @param o the other, not null
   * @param sign 1 or -1
   */
  public void combine(CostSums o, int sign) {
    n += sign * o.n;
    sumX += sign * o.sumX;
    sumY += sign * o.sumY;
    sumXx += sign * o.sumXx;
    sumXy += sign * o.sumXy;
    sumYy += sign * o.sumYy;
    if (sign > 0) {
      minX = Math.min(minX, o.minX);
      maxX = Math.max(maxX, o.maxX);
    }
  }

  /**
   * @return a copy
   */
  public CostSums copy() {
    CostSums c = new CostSums();
    c.combine(this, 1);
    return c;
  }

  /**
   * The least-squares line through the calls added.
   *
   * @return the fit; {@link CostFit#NONE} with fewer than 3 calls or when every call had the same
   *     number of documents (no line can be told from one point)
   */
  public CostFit fit() {
    if (n < 3 || minX >= maxX) {
      return CostFit.NONE;
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double sxx = sumXx - n * meanX * meanX;
    double sxy = sumXy - n * meanX * meanY;
    double syy = sumYy - n * meanY * meanY;
    if (!(sxx > 0)) {
      return CostFit.NONE;
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double r2 = syy > 0 ? Math.max(0.0, Math.min(1.0, (sxy * sxy) / (sxx * syy))) : 1.0;
    return new CostFit(n, intercept, slope, r2, minX, maxX, meanX);
  }
}
