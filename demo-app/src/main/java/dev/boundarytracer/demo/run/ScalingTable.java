package dev.boundarytracer.demo.run;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The table printed after runs at several thread counts, in the shape of a threading analysis:
 * throughput per thread count, the speed-up over the first count, and how busy the GIL-analogue
 * lock was. Throughput stops growing where the lock saturates.
 *
 * <pre>
 * scaling (profile healthy, 1000 docs/op):
 * | Threads | Documents/s | Speedup | Lock utilization |
 * |---------|-------------|---------|------------------|
 * | 1       | 5,210       | 1.00x   | 18.3 %           |
 * | 2       | 9,804       | 1.88x   | 35.0 %           |
 * </pre>
 */
public final class ScalingTable {
  private ScalingTable() {}

  /**
   * Prints the table.
   *
   * @param results one run per thread count, in the order run; not empty
   * @param out where
   */
  public static void print(List<RunResult> results, PrintStream out) {
    RunResult first = results.get(0);
    out.printf(
        Locale.ROOT,
        "scaling (profile %s, %d docs/op):%n",
        first.config().profile().cliName(),
        first.config().batch());
    out.println("| Threads | Documents/s | Speedup | Lock utilization |");
    out.println("|---------|-------------|---------|------------------|");
    double base = first.docsPerSecond();
    for (RunResult r : results) {
      double speedup = base > 0 ? r.docsPerSecond() / base : 0.0;
      out.printf(
          Locale.ROOT,
          "| %-7d | %-11s | %-7s | %-16s |%n",
          r.config().threads(),
          String.format(Locale.ROOT, "%,.0f", r.docsPerSecond()),
          String.format(Locale.ROOT, "%.2fx", speedup),
          String.format(Locale.ROOT, "%.1f %%", r.lockUtilization() * 100.0));
    }
  }
}
