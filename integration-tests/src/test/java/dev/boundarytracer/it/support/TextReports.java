package dev.boundarytracer.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agent's exit report in a stream's text and reads its operation names and flags.
 *
 * <p>The report starts at a line {@code boundary-tracer report (...)}; each operation at a line
 * {@code <name> (...):}; each flag at a line {@code <SEVERITY> <ID>: <message>}.
 *
 * @param text the report, from its header line to the end of the stream
 * @param operations the operation names, in report order
 * @param flags {@code operation/flagId/severity} of every flag, sorted
 */
public record TextReports(String text, List<String> operations, Set<String> flags) {
  /** The first line of every text report. */
  public static final String HEADER = "boundary-tracer report (";

  private static final Pattern OPERATION = Pattern.compile("^(\\S+) \\(.*\\):$");
  private static final Pattern FLAG = Pattern.compile("^ {4}(CRITICAL|WARNING) ([A-Z_]+): .*");

  /**
   * Counts the report headers in a stream's text.
   *
   * @param streamText everything a stream received
   * @return how many reports it holds
   */
  public static long countReports(String streamText) {
    return streamText.lines().filter(l -> l.startsWith(HEADER)).count();
  }

  /**
   * Parses the one report a stream's text holds.
   *
   * @param streamText everything a stream received
   * @return the parsed report
   * @throws AssertionError if the text holds no report header
   */
  public static TextReports parse(String streamText) {
    int start = streamText.indexOf(HEADER);
    if (start < 0 || (start > 0 && streamText.charAt(start - 1) != '\n')) {
      throw new AssertionError(
          "no text report (a line starting '" + HEADER + "') in:\n" + streamText);
    }
    String text = streamText.substring(start);
    List<String> operations = new ArrayList<>();
    Set<String> flags = new TreeSet<>();
    String current = null;
    for (String line : text.lines().toList()) {
      Matcher op = OPERATION.matcher(line);
      if (op.matches()) {
        current = op.group(1);
        operations.add(current);
        continue;
      }
      Matcher flag = FLAG.matcher(line);
      if (flag.matches() && current != null) {
        flags.add(current + "/" + flag.group(2) + "/" + flag.group(1));
      }
    }
    return new TextReports(text, List.copyOf(operations), Set.copyOf(flags));
  }
}
