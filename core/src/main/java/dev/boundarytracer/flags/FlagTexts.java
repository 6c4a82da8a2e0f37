package dev.boundarytracer.flags;

import dev.boundarytracer.snapshot.Severity;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one-line messages and recommendations of the red flags. Messages give the measured value and
 * the limit with units; recommendations say, in JVM terms, what usually causes the finding and what
 * to change.
 *
 * <p>Public so that other readers of the same figures (JMC's automated analysis of a recording) say
 * them in the same words as the exit report. Stateless and thread-safe.
 */
public final class FlagTexts {

  private FlagTexts() {}

  /**
   * E.g. {@code extract 6.10 ms per 1000 docs (3.05 ms mean at 500 docs/op), red flag above 5 ms}.
   */
  public static String phaseMessage(
      RedFlagRule rule, double meanNanos, double docsPerOperation, long limitNanosPer1000) {
    double perThousandNanos = meanNanos * 1000.0 / docsPerOperation;
    return String.format(
        Locale.ROOT,
        "%s %s ms per 1000 docs (%s ms mean at %s docs/op), %s %s ms",
        rule.phase().label().toLowerCase(Locale.ROOT),
        millis(perThousandNanos),
        millis(meanNanos),
        count(docsPerOperation),
        limitWord(rule),
        plain(BigDecimal.valueOf(limitNanosPer1000).movePointLeft(6)));
  }

  /**
   * E.g. {@code convert parallel in 10 of 40 calls at 500 docs/op, red flag when fewer than half
   * are parallel at 50 docs/op or more}.
   */
  public static String notParallelMessage(
      long parallelCount, long count, double docsPerOperation, long minDocs) {
    return String.format(
        Locale.ROOT,
        "convert parallel in %d of %d calls at %s docs/op,"
            + " red flag when fewer than half are parallel at %d docs/op or more",
        parallelCount,
        count,
        count(docsPerOperation),
        minDocs);
  }

  /** E.g. {@code 2 calls judged; at least 3 are needed before raising LOCK_HELD_HIGH}. */
  static String tooFewCallsMessage(long calls, long minCalls, String withheld) {
    return String.format(
        Locale.ROOT,
        "%d %s recorded; at least %d are needed before raising %s, so they are not raised",
        calls,
        calls == 1 ? "call" : "calls",
        minCalls,
        withheld);
  }

  /**
   * E.g. {@code convert handed work off in 40 of 40 calls, but its tasks ran on two or more threads
   * in only 15 of them (1.4 threads per call, task CPU 0.9x the phase's wall time, at most 2
   * threads in one call, 2 cores available)}.
   */
  static String parallelLimitedMessage(
      long handOffCalls,
      long calls,
      long parallelCalls,
      double threadsPerCall,
      double cpuToWall,
      boolean cpuMeasured,
      long threadsMax,
      int cores) {
    return String.format(
        Locale.ROOT,
        "convert handed work off in %d of %d calls, but its tasks ran on two or more threads in"
            + " only %d of them (%.1f threads per call, %s, at most %d threads in one call, %d"
            + " cores available)",
        handOffCalls,
        calls,
        parallelCalls,
        threadsPerCall,
        cpuMeasured
            ? String.format(Locale.ROOT, "task CPU %.2fx the phase's wall time", cpuToWall)
            : "task CPU not measurable on virtual threads",
        threadsMax,
        cores);
  }

  /** E.g. {@code lock held 63.2 % of wall time, red flag above 50 %}. */
  public static String lockHeldMessage(RedFlagRule rule, double ratio, double limitRatio) {
    return String.format(
        Locale.ROOT,
        "lock held %.1f %% of wall time, %s %s %%",
        ratio * 100.0,
        limitWord(rule),
        plain(BigDecimal.valueOf(limitRatio).movePointRight(2)));
  }

  /** E.g. {@code 1.00 lock releases per operation, target at least 2}. */
  public static String releasesBelowTargetMessage(double perOperation, double target) {
    return String.format(
        Locale.ROOT,
        "%.2f lock releases per operation, target at least %s",
        perOperation,
        plain(BigDecimal.valueOf(target)));
  }

  /**
   * E.g. {@code 0 lock releases in 2400 calls, red flag at 0 (target at least 2 per operation)}.
   */
  static String noReleaseMessage(long count, double target) {
    return String.format(
        Locale.ROOT,
        "0 lock releases in %d calls, red flag at 0 (target at least %s per operation)",
        count,
        plain(BigDecimal.valueOf(target)));
  }

  /** What to do about a flag of the given rule; {@code ratio} and {@code minDocs} fill figures. */
  static String recommendation(RedFlagRule rule, double lockHeldRatio, long minDocs) {
    switch (rule) {
      case EXTRACT_ABOVE_TARGET:
      case EXTRACT_SLOW:
        return "Reduce the object graph read while the lock is held: copy only the fields the"
            + " encoder needs and avoid lazy-loading getters, proxies and reflection in extract"
            + " (objects too complex to read cheaply while the lock is held).";
      case CONVERT_ABOVE_TARGET:
        return "Make encoding cheaper: reuse encoders and buffers, avoid intermediate copies, and"
            + " split batches of "
            + minDocs
            + " documents or more over a ForkJoin pool or a parallel stream, lock released.";
      case CONVERT_NOT_PARALLEL:
        return "Split the encoding of batches of "
            + minDocs
            + " documents or more over a ForkJoin pool or a parallel stream with the lock"
            + " released (from this size the work outweighs the cost of splitting it), and mark those calls parallel.";
      case CONVERT_PARALLEL_LIMITED:
        return "The convert code already hands its work off; give it room to run in parallel:"
            + " a pool with more threads than one (ForkJoinPool parallelism), fewer busy threads"
            + " competing for the cores (a saturated machine serialises any pool), and tasks large"
            + " enough to be worth stealing (split into chunks of at least several documents).";
      case TOO_FEW_CALLS:
        return "Run the operation more often before judging it (a longer run, more operations per"
            + " worker); flags rest on means and shares that one or two calls cannot settle.";
      case MATERIALIZE_ABOVE_TARGET:
      case MATERIALIZE_SLOW:
        return "Build lighter result objects: return ids or flat records instead of full object"
            + " graphs, decode fields lazily on first access, and avoid per-field reflection.";
      case LOCK_HELD_ABOVE_TARGET:
      case LOCK_HELD_HIGH:
        return String.format(
            Locale.ROOT,
            "Move work out of the critical section: extract and materialize less under the lock,"
                + " encode and do I/O with it released; held a fraction f of the time, more"
                + " threads can speed this up at most 1/f = %.1fx (Amdahl).",
            1.0 / lockHeldRatio);
      case LOCK_RELEASES_BELOW_TARGET:
        return "Release the lock for both convert and network, not only one of them (the"
            + " target: one release each), so other threads run during encoding and I/O.";
      case NO_LOCK_RELEASE:
        return "Release the serialising lock around encoding and I/O (leave the synchronized block"
            + " or unlock before convert and network), the JVM analogue of PyO3's"
            + " py.allow_threads(); declare those phases lock = RELEASED.";
      default:
        throw new IllegalArgumentException("no recommendation for " + rule);
    }
  }

  private static String limitWord(RedFlagRule rule) {
    return rule.severity() == Severity.CRITICAL ? "red flag above" : "target below";
  }

  /** Milliseconds from nanoseconds: two decimals from 0.1 ms up, three significant digits below. */
  public static String millis(double nanos) {
    double ms = nanos / 1e6;
    if (!(ms > 0.0) || ms >= 0.1 || Double.isInfinite(ms)) {
      return String.format(Locale.ROOT, "%.2f", ms);
    }
    int decimals = Math.min(9, 2 - (int) Math.floor(Math.log10(ms)));
    return String.format(Locale.ROOT, "%." + decimals + "f", ms);
  }

  /** A count that may be fractional: no decimals when whole, one otherwise. */
  public static String count(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
