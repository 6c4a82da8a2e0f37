package dev.boundarytracer.demo.run;

import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.bridge.OperationKind;
import dev.boundarytracer.demo.config.DemoConfig;
import dev.boundarytracer.demo.stats.OperationTimes;
import java.io.PrintStream;
import java.util.Locale;

/** Prints the demo's own end-of-run summary. */
public final class SummaryPrinter {
  private SummaryPrinter() {}

  /**
   * Prints the summary, and the demo's own phase timings when the config asks for them.
   *
   * @param result the run
   * @param out where
   */
  public static void print(RunResult result, PrintStream out) {
    DemoConfig config = result.config();
    out.println("demo-app summary");
    line(out, "threads", Integer.toString(config.threads()));
    line(out, "profile", config.profile().cliName());
    line(
        out,
        "batch",
        (config.batchMin() == config.batch() ? "" : config.batchMin() + "..")
            + config.batch()
            + " docs/op");
    line(out, "run length", config.runLength().describe());
    line(out, "source", config.input() == null ? "synthetic orders" : config.input().toString());
    line(
        out,
        "operations",
        String.format(
            Locale.ROOT,
            "%,d (insert_many %,d, find %,d, update_many %,d)",
            result.totalOps(),
            result.ops(OperationKind.INSERT_MANY),
            result.ops(OperationKind.FIND),
            result.ops(OperationKind.UPDATE_MANY)));
    line(
        out,
        "documents",
        String.format(
            Locale.ROOT,
            "%,d (inserted %,d, found %,d, updated %,d)",
            result.totalDocs(),
            result.docs(OperationKind.INSERT_MANY),
            result.docs(OperationKind.FIND),
            result.docs(OperationKind.UPDATE_MANY)));
    line(out, "elapsed", String.format(Locale.ROOT, "%.2f s", result.elapsedSeconds()));
    line(out, "documents/s", String.format(Locale.ROOT, "%,.0f", result.docsPerSecond()));
    line(out, "operations/s", String.format(Locale.ROOT, "%,.1f", result.opsPerSecond()));
    line(
        out,
        "table rows",
        String.format(
            Locale.ROOT,
            "%,d (%,d preloaded + %,d inserted)",
            result.finalRowCount(),
            result.preloadedRows(),
            result.finalRowCount() - result.preloadedRows()));
    line(out, "errors", Long.toString(result.counts().errors()));
    for (Throwable failure : result.failures()) {
      out.println("  worker failed: " + failure);
    }
    if (config.phaseStats()) {
      printPhaseTimes(result, out);
    }
  }

  private static void printPhaseTimes(RunResult result, PrintStream out) {
    out.println("phase timings (demo's own clock; mean ms per 1000 docs, lock-held share):");
    for (OperationTimes times : result.times()) {
      if (times.ops() == 0) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "  %-12s %5d ops  extract %7.3f  convert %7.3f  network %8.3f  materialize %7.3f"
              + "  total %8.3f  lock held %5.1f %%%n",
          times.kind().operationName(),
          times.ops(),
          times.millisPer1000Docs(Phase.EXTRACT),
          times.millisPer1000Docs(Phase.CONVERT),
          times.millisPer1000Docs(Phase.NETWORK),
          times.millisPer1000Docs(Phase.MATERIALIZE),
          times.meanTotalMillis() * 1000.0 * times.ops() / Math.max(1, times.docs()),
          100 * times.lockHeldRatio(result.config().profile()));
    }
  }

  private static void line(PrintStream out, String label, String value) {
    out.printf(Locale.ROOT, "  %-13s %s%n", label + ":", value);
  }
}
