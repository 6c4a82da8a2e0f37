package dev.boundarytracer.it.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one launched JVM left behind: its exit code and its two output streams, also kept as files
 * in the run's directory for reading after a failed build.
 *
 * @param command the full command line, for messages
 * @param exitCode the process's exit code
 * @param directory the working directory the JVM ran in
 * @param stdout everything the JVM wrote to standard output, decoded as UTF-8
 * @param stderr everything the JVM wrote to standard error, decoded as UTF-8
 * @param elapsed wall time from start to exit
 */
public record JvmRun(
    List<String> command,
    int exitCode,
    Path directory,
    String stdout,
    String stderr,
    Duration elapsed) {

  /**
   * A description for assertion messages: the command, the exit code and the tails of both streams.
   *
   * @return several lines of text
   */
  public String describe() {
    return "command: "
        + String.join(" ", command)
        + "\nexit code: "
        + exitCode
        + "\n--- stdout (tail) ---\n"
        + tail(stdout)
        + "\n--- stderr (tail) ---\n"
        + tail(stderr);
  }

  /**
   * The lines of standard error that the agent printed about itself.
   *
   * @return lines starting with {@code [boundary-tracer]}, in order
   */
  public List<String> agentMessages() {
    return stderr.lines().filter(l -> l.startsWith("[boundary-tracer]")).toList();
  }

  private static String tail(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
