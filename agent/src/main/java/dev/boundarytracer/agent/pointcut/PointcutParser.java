package dev.boundarytracer.agent.pointcut;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the lines of a pointcut file (format in the README, "Profiling code you cannot annotate"):
 *
 * <pre>
 * operation &lt;name&gt; &lt;class&gt;#&lt;method&gt;[(&lt;types&gt;)] [docs=&lt;index&gt;|docs=return]
 * phase &lt;PHASE&gt; &lt;class&gt;#&lt;method&gt;[(&lt;types&gt;)] [lock=held|released] [operation=&lt;name&gt;] [docs=...]
 * </pre>
 *
 * <p>Blank lines and lines starting with {@code #} are skipped. A malformed line is reported as one
 * problem naming the file, the line and what was expected, and is left out; the other lines still
 * apply. Stateless apart from the problems collected by one {@link #parse} call.
 */
public final class PointcutParser {
  private static final Pattern LINE =
      Pattern.compile("(\\S+)\\s+(\\S+)\\s+([^\\s(#]*#[^\\s(]+(?:\\([^)]*\\))?)(.*)");
  private static final String EXPECTED =
      "expected 'operation <name> <class>#<method>' or 'phase <EXTRACT|CONVERT|NETWORK|MATERIALIZE>"
          + " <class>#<method>', then optional docs=<index>|return, lock=held|released,"
          + " operation=<name>";

  private PointcutParser() {}

  /** What one file yielded: the pointcuts and one message per malformed line. */
  public record Result(List<Pointcut> pointcuts, List<String> problems) {}

  /**
   * Parses the lines of one file.
   *
   * @param file the file's name as shown in messages, not null
   * @param lines the file's lines, in order
   * @return the accepted pointcuts in file order and the problems, one line each
   */
  public static Result parse(String file, List<String> lines) {
    List<Pointcut> pointcuts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).trim();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String source = file + ":" + (i + 1);
      try {
        pointcuts.add(parseLine(text, source));
      } catch (IllegalArgumentException e) {
        problems.add(
            "pointcut file "
                + file
                + " line "
                + (i + 1)
                + ": "
                + e.getMessage()
                + "; line ignored");
      }
    }
    return new Result(List.copyOf(pointcuts), List.copyOf(problems));
  }

  private static Pointcut parseLine(String text, String source) {
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is malformed: " + EXPECTED);
    }
    String kind = m.group(1);
    String subject = m.group(2);
    String target = m.group(3);
    int hash = target.indexOf('#');
    TypePattern type = TypePattern.parse(target.substring(0, hash));
    MethodPattern method = MethodPattern.parse(target.substring(hash + 1));
    Options options = Options.parse(m.group(4).trim());
    switch (kind) {
      case "operation":
        if (options.lock != LockUse.DEFAULT || options.operation != null) {
          throw new IllegalArgumentException(
              "lock= and operation= apply to phases only; an operation line takes docs= only");
        }
        return new Pointcut(
            subject, null, LockUse.DEFAULT, type, method, options.docs, source, text, -1);
      case "phase":
        return new Pointcut(
            options.operation,
            phase(subject),
            options.lock,
            type,
            method,
            options.docs,
            source,
            text,
            -1);
      default:
        throw new IllegalArgumentException("'" + kind + "' is not a pointcut kind: " + EXPECTED);
    }
  }

  private static Phase phase(String name) {
    try {
      return Phase.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a phase: expected EXTRACT, CONVERT, NETWORK or MATERIALIZE");
    }
  }

  /** The {@code key=value} options after the method. */
  private static final class Options {
    DocSource docs = DocSource.NONE;
    LockUse lock = LockUse.DEFAULT;
    String operation;

    static Options parse(String rest) {
      Options o = new Options();
      if (rest.isEmpty()) {
        return o;
      }
      for (String option : rest.split("\\s+")) {
        int eq = option.indexOf('=');
        String key = eq < 0 ? option : option.substring(0, eq);
        String value = eq < 0 ? "" : option.substring(eq + 1);
        switch (key) {
          case "docs":
            o.docs = docs(value);
            break;
          case "lock":
            o.lock = lock(value);
            break;
          case "operation":
            if (value.isEmpty()) {
              throw new IllegalArgumentException(
                  "operation= needs a name (at least one visible character)");
            }
            o.operation = value;
            break;
          default:
            throw new IllegalArgumentException(
                "'"
                    + option
                    + "' is not an option: expected docs=<parameter index>|return,"
                    + " lock=held|released or operation=<name>");
        }
      }
      return o;
    }

    private static DocSource docs(String value) {
      if (value.equals("return")) {
        return DocSource.RETURN;
      }
      try {
        int index = Integer.parseInt(value);
        if (index >= 0) {
          return DocSource.parameter(index);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "docs=" + value + " is not valid: expected a parameter index (0, 1, ...) or return");
    }

    private static LockUse lock(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "held":
          return LockUse.HELD;
        case "released":
          return LockUse.RELEASED;
        case "default":
          return LockUse.DEFAULT;
        default:
          throw new IllegalArgumentException(
              "lock=" + value + " is not valid: expected held, released or default");
      }
    }
  }
}
