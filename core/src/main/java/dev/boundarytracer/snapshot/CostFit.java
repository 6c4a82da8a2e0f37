package dev.boundarytracer.snapshot;

/**
 * A phase's time per operation call fitted as a fixed cost per call plus a cost per document, by
 * least squares over the calls' (documents, duration) pairs.
 *
 * <p>The batch size advice: when the fixed cost is most of the time at the mean batch, the batch
 * size at which it falls below {@value #FIXED_SHARE_TARGET} of the phase's time is {@code fixed *
 * (1 - share) / (share * perDoc)} documents. No advice when the fit is poor (R² below {@value
 * #MIN_R_SQUARED}), when the cost per document is not positive, or when the fixed cost already is a
 * small share.
 *
 * @param calls calls fitted, >= 3; 0 for {@link #NONE}
 * @param fixedNanos the fitted cost of a call with no documents, nanoseconds (may be negative when
 *     the fit is poor)
 * @param perDocNanos the fitted cost of one more document, nanoseconds
 * @param rSquared share of the variance of the durations the line explains, 0..1
 * @param minDocs fewest documents of a fitted call
 * @param maxDocs most documents of a fitted call, > minDocs
 * @param meanDocs mean documents of the fitted calls
 */
public record CostFit(
    long calls,
    double fixedNanos,
    double perDocNanos,
    double rSquared,
    long minDocs,
    long maxDocs,
    double meanDocs) {

  /** No fit: fewer than 3 calls, or every call had the same number of documents. */
  public static final CostFit NONE = new CostFit(0, 0, 0, 0, 0, 0, 0);

  /** Fixed cost share the advice aims below. */
  public static final double FIXED_SHARE_TARGET = 0.10;

  /** Fits explaining less of the variance than this give no advice. */
  public static final double MIN_R_SQUARED = 0.5;

  /**
   * @return true when there is a fit (calls of at least two document counts)
   */
  public boolean fitted() {
    return calls > 0;
  }

  /**
   * @return true when the line explains enough of the variance to advise on
   */
  public boolean good() {
    return fitted() && rSquared >= MIN_R_SQUARED && perDocNanos > 0;
  }

  /**
   * Share of a call's time the fixed cost takes at a batch size.
   *
   * @param docs documents per call, >= 1
   * @return 0..1; 0 when the fit is not good or the fixed cost is not positive
   */
  public double fixedShareAt(double docs) {
    if (!good() || fixedNanos <= 0) {
      return 0.0;
    }
    return fixedNanos / (fixedNanos + perDocNanos * docs);
  }

  /**
   * The batch size from which the fixed cost is below {@value #FIXED_SHARE_TARGET} of the time,
   * when the fixed cost dominates (more than half the time) at the mean batch.
   *
   * @return documents per call, >= 1; 0 when there is no advice
   */
  public long recommendedBatchDocs() {
    if (fixedShareAt(meanDocs) <= 0.5) {
      return 0;
    }
    double docs = fixedNanos * (1 - FIXED_SHARE_TARGET) / (FIXED_SHARE_TARGET * perDocNanos);
    return (long) Math.ceil(docs);
  }
}
