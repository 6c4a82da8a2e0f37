package dev.boundarytracer.benchmarks.footprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@link ServerShape} in its own JVM, with or without the agent: its {@code key=value}
 * output, the process's wall time and the used heap the JVM logged at exit ({@code
 * -Xlog:gc+heap+exit}).
 *
 * @param command the command line as run
 * @param values what the program printed
 * @param wallMillis process wall time, launch to exit
 * @param exitHeapBytes used heap at exit, -1 when not logged
 * @param failure null, or why the run gave no figures (exit code, timeout)
 */
record ShapeRun(
    List<String> command,
    Map<String, Long> values,
    long wallMillis,
    long exitHeapBytes,
    String failure) {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  /**
   * @param key a key ServerShape prints
   * @return its value, or -1 when missing
   */
  long get(String key) {
    return values.getOrDefault(key, -1L);
  }

  boolean ok() {
    return failure == null;
  }

  /**
   * Runs the program and waits for it.
   *
   * @param jvmArgs JVM options (heap, agent, ...)
   * @param programArgs ServerShape's arguments
   * @param dir where the exit log and output go
   * @param name a file-name-safe name for this run
   * @param timeoutSeconds the run is killed after this long and reported as failed
   */
  static ShapeRun run(
      List<String> jvmArgs, List<String> programArgs, Path dir, String name, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path exitLog = dir.resolve(name + ".exit.log");
    Path output = dir.resolve(name + ".out");
    Files.deleteIfExists(exitLog);
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(jvmArgs);
    command.add("-Xlog:gc+heap+exit:file=" + exitLog);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerShape.class.getName());
    command.addAll(programArgs);
    List<String> launched = new ArrayList<>(command);
    launched.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(launched)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    String failure = null;
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      failure = "timed out after " + timeoutSeconds + " s";
    } else if (p.exitValue() != 0) {
      failure = "exit code " + p.exitValue();
    }
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    Map<String, Long> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(eq + 1).matches("-?\\d+")) {
        values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
      } else if (line.contains("OutOfMemoryError") && failure != null) {
        failure = failure + ", OutOfMemoryError";
      }
    }
    long exitHeap = -1;
    if (Files.exists(exitLog)) {
      long sum = 0;
      boolean any = false;
      for (String line : Files.readAllLines(exitLog, StandardCharsets.UTF_8)) {
        // The heap's own lines ("garbage-first heap total ..., used ...K"), not metaspace: the
        // tags in front ("[gc,heap,exit]") name the heap on every line, so only the message counts.
        String message = line.substring(line.lastIndexOf(']') + 1);
        if (message.contains("heap") || message.contains("Gen ")) {
          Matcher m = USED.matcher(message);
          if (m.find()) {
            sum += Long.parseLong(m.group(1)) * 1024;
            any = true;
          }
        }
      }
      exitHeap = any ? sum : -1;
    }
    return new ShapeRun(command, values, wallMillis, exitHeap, failure);
  }
}
