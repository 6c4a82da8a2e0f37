package dev.boundarytracer.benchmarks.targets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the markdown table of every target of {@code targets.tsv} with its measured value and
 * whether it is met: {@code TargetsSummary <targets.tsv> <measured.tsv>}. A target no step measured
 * says so.
 */
public final class TargetsSummary {
  private TargetsSummary() {}

  public static void main(String[] args) throws IOException {
    List<Target> targets = Targets.read(Path.of(args[0]));
    Map<String, String[]> measured = Targets.measured(Path.of(args[1]));
    System.out.print(render(targets, measured));
  }

  static String render(List<Target> targets, Map<String, String[]> measured) {
    StringBuilder b =
        new StringBuilder("| target | bound | measured | result |\n|---|---|---|---|\n");
    for (Target t : targets) {
      String[] m = measured.get(t.id());
      double value = m == null ? Double.NaN : parse(m[0]);
      String result =
          Double.isNaN(value) ? "not measured" : t.metBy(value) ? "**met**" : "**not met**";
      String shown =
          m == null
              ? "-"
              : (Double.isNaN(value) ? "" : number(value) + " " + t.unit() + ": ") + m[1];
      b.append("| ")
          .append(t.text())
          .append(" | ")
          .append(t.bound())
          .append(" | ")
          .append(shown)
          .append(" | ")
          .append(result)
          .append(" |\n");
    }
    return b.toString();
  }

  private static double parse(String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException notANumber) {
      return Double.NaN; // e.g. "n/a" from a step that could not measure
    }
  }

  static String number(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
