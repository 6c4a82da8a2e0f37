package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.DurationStats;
import java.util.ArrayList;
import java.util.List;

/**
 * The aligned rows of one operation in the text report: label, mean, p50, p99, max (all in µs) and
 * a note in parentheses. Columns are right-aligned to the widest value among the rows.
 */
final class TimingTable {

  /** Wide enough for the longest label, {@code "Materialize:"}, plus one space. */
  private static final int LABEL_WIDTH = 13;

  private static final int MEAN = 0;
  private static final int P50 = 1;
  private static final int P99 = 2;
  private static final int MAX = 3;

  private final List<String> labels = new ArrayList<>();
  private final List<String[]> values = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a row; {@code label} without the colon, {@code note} without parentheses. */
  void add(String label, DurationStats stats, String note) {
    labels.add(label + ":");
    values.add(
        new String[] {
          Units.micros(stats.meanNanos()),
          Units.micros(stats.p50Nanos()),
          Units.micros(stats.p99Nanos()),
          Units.micros(stats.maxNanos())
        });
    notes.add(note);
  }

  /** Appends one line per row, each starting with {@code indent} and ending with a newline. */
  void appendTo(StringBuilder out, String indent) {
    int[] widths = new int[4];
    for (String[] row : values) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < labels.size(); r++) {
      String[] row = values.get(r);
      out.append(indent)
          .append(padRight(labels.get(r), LABEL_WIDTH))
          .append(padLeft(row[MEAN], widths[MEAN]))
          .append(" µs  p50 ")
          .append(padLeft(row[P50], widths[P50]))
          .append("  p99 ")
          .append(padLeft(row[P99], widths[P99]))
          .append("  max ")
          .append(padLeft(row[MAX], widths[MAX]))
          .append("  (")
          .append(notes.get(r))
          .append(")\n");
    }
  }

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
