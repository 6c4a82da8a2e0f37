package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.CostFit;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.Locale;

/**
 * The report lines about a phase's cost per operation call: calls per operation where a phase runs
 * more than once in one, and the batch size advice from the cost fit. Stateless.
 */
final class BatchAdvice {
  private BatchAdvice() {}

  /**
   * Calls per operation call of a phase.
   *
   * @return phase calls over operation calls; 0 when the operation has no calls
   */
  static double callsPerOperation(OperationSnapshot op, PhaseSnapshot phase) {
    return op.count() == 0 ? 0.0 : (double) phase.count() / op.count();
  }

  /**
   * The phase's mean total within one operation call: every call, on whichever thread.
   *
   * @return nanoseconds; 0 when the operation has no calls
   */
  static double perOperationMeanNanos(OperationSnapshot op, PhaseSnapshot phase) {
    return op.count() == 0 ? 0.0 : (double) phase.nanos().sumNanos() / op.count();
  }

  /** E.g. {@code , 500 calls/op, 19.52 ms per op}; empty when the phase runs once per operation. */
  static String perOperationNote(OperationSnapshot op, PhaseSnapshot phase) {
    double calls = callsPerOperation(op, phase);
    if (op.count() == 0 || Math.abs(calls - 1.0) < 0.005) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        ", %s calls/op, %s ms per op",
        calls == Math.rint(calls) ? Long.toString((long) calls) : String.format("%.1f", calls),
        Units.format("%.2f", perOperationMeanNanos(op, phase) / 1e6));
  }

  /**
   * One line about a phase's fit, e.g. {@code convert: 1.20 ms per call + 8.10 µs per doc (R² 0.97
   * over 240 calls of 50..2000 docs); the fixed cost is 71 % at 400 docs/op, below 10 % from 1334
   * docs/op}; null when there is no fit (all calls had the same document count).
   */
  static String fitLine(PhaseSnapshot phase, double docsPerOperation) {
    CostFit fit = phase.costFit();
    if (!fit.fitted()) {
      return null;
    }
    String name = phase.phase().label().toLowerCase(Locale.ROOT);
    String over =
        String.format(
            Locale.ROOT,
            "R² %.2f over %d calls of %d..%d docs",
            fit.rSquared(),
            fit.calls(),
            fit.minDocs(),
            fit.maxDocs());
    if (!fit.good()) {
      return name + ": no advice, the fit is poor (" + over + ")";
    }
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %s ms per call + %s µs per doc (%s)",
                name,
                Units.format("%.3f", fit.fixedNanos() / 1e6),
                Units.format("%.3f", fit.perDocNanos() / 1e3),
                over));
    if (fit.fixedNanos() <= 0) {
      return line.append("; no fixed cost per call to spread over larger batches").toString();
    }
    double share = fit.fixedShareAt(docsPerOperation);
    line.append(
        String.format(
            Locale.ROOT,
            "; the fixed cost is %.0f %% at %.0f docs/op",
            share * 100,
            docsPerOperation));
    long batch = fit.recommendedBatchDocs();
    if (batch > 0) {
      line.append(
          String.format(
              Locale.ROOT,
              ", below %.0f %% from %d docs/op",
              CostFit.FIXED_SHARE_TARGET * 100,
              batch));
    }
    return line.toString();
  }
}
