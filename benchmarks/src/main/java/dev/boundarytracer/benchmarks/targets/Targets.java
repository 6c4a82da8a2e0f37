package dev.boundarytracer.benchmarks.targets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code benchmarks/targets.tsv} and the measured values the benchmark steps append to {@code
 * measured.tsv}; writes a measured value. Lines starting with {@code #} and blank lines are
 * skipped.
 */
public final class Targets {
  private Targets() {}

  /**
   * @param file the targets table
   * @return the targets in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line does not have five tab-separated fields
   */
  public static List<Target> read(Path file) throws IOException {
    List<Target> targets = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5 || !(f[1].equals("<=") || f[1].equals(">="))) {
        throw new IllegalArgumentException(
            file + ": expected id, <= or >=, limit, unit, text: " + line);
      }
      targets.add(new Target(f[0], f[1].equals(">="), Double.parseDouble(f[2]), f[3], f[4]));
    }
    return targets;
  }

  /**
   * The measured values, the last one of each id winning.
   *
   * @param file {@code measured.tsv}; missing means nothing measured
   * @return id to {value, how}
   * @throws IOException if the file exists but cannot be read
   */
  public static Map<String, String[]> measured(Path file) throws IOException {
    Map<String, String[]> measured = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return measured;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      if (f.length == 3) {
        measured.put(f[0], new String[] {f[1], f[2]});
      }
    }
    return measured;
  }

  /**
   * Appends one measured value.
   *
   * @param file {@code measured.tsv}, created when missing
   * @param id the target's id
   * @param value the measured value in the target's unit; NaN when it could not be measured
   * @param how the numbers behind it, one line of markdown
   * @throws IOException if the file cannot be written
   */
  public static void record(Path file, String id, double value, String how) throws IOException {
    Files.writeString(
        file,
        id
            + "\t"
            + String.format(Locale.ROOT, "%.4f", value)
            + "\t"
            + how.replace('\t', ' ').replace('\n', ' ')
            + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
