package dev.boundarytracer.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM started by {@link JvmLauncher#start(Path)} that a test talks to while it runs: wait for a
 * line on its standard output, send it a signal, then collect it like a {@link JvmRun}.
 *
 * <p>Not thread-safe; one test drives it.
 */
public final class LiveJvm {
  private final List<String> command;
  private final Process process;
  private final Path directory;
  private final Duration timeout;
  private final BufferedReader stdout;
  private final StringBuilder stdoutSoFar = new StringBuilder();
  private final long startNanos = System.nanoTime();

  LiveJvm(List<String> command, Process process, Path directory, Duration timeout) {
    this.command = List.copyOf(command);
    this.process = process;
    this.directory = directory;
    this.timeout = timeout;
    this.stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /**
   * Reads standard output until a line equal to {@code line} appears.
   *
   * @param line the line to wait for
   * @throws AssertionError if the JVM ends, or the launcher's timeout passes, before the line
   */
  public void awaitLine(String line) throws IOException, InterruptedException {
    awaitLine(line::equals, "'" + line + "'");
  }

  /**
   * Reads standard output until a line starting with {@code prefix} appears.
   *
   * @param prefix the start of the line to wait for
   * @throws AssertionError if the JVM ends, or the launcher's timeout passes, before the line
   */
  public void awaitLineStartingWith(String prefix) throws IOException, InterruptedException {
    awaitLine(l -> l.startsWith(prefix), "a line starting with '" + prefix + "'");
  }

  /** Kills the JVM if it still runs (for cleanup after a failed test); does nothing otherwise. */
  public void destroy() {
    process.destroyForcibly();
  }

  /**
   * @return the JVM's process id
   */
  public long pid() {
    return process.pid();
  }

  private void awaitLine(java.util.function.Predicate<String> wanted, String what)
      throws IOException, InterruptedException {
    CompletableFuture<Boolean> seen =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String l = stdout.readLine(); l != null; l = stdout.readLine()) {
                  stdoutSoFar.append(l).append('\n');
                  if (wanted.test(l)) {
                    return true;
                  }
                }
                return false;
              } catch (IOException e) {
                return false;
              }
            });
    try {
      if (!seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("JVM ended before printing " + what + "\n" + stdoutSoFar);
      }
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("no " + what + " within " + timeout + ": " + e + "\n" + stdoutSoFar);
    }
  }

  /**
   * Sends a POSIX signal with the shell's {@code kill} builtin (no separate binary needed).
   *
   * @param signal e.g. {@code TERM} or {@code INT}
   */
  public void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + process.pid()).start();
    if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new AssertionError("kill -" + signal + " " + process.pid() + " failed");
    }
  }

  /**
   * Waits for the JVM to exit and returns what it left.
   *
   * @return the finished run
   * @throws AssertionError if it does not exit within the launcher's timeout (it is then killed)
   */
  public JvmRun awaitExit() throws IOException, InterruptedException {
    for (String l = stdout.readLine(); l != null; l = stdout.readLine()) {
      stdoutSoFar.append(l).append('\n');
    }
    boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String stderr =
        new String(Files.readAllBytes(directory.resolve("stderr.txt")), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("stdout.txt"), stdoutSoFar);
    JvmRun run =
        new JvmRun(
            command,
            exited ? process.exitValue() : -1,
            directory,
            stdoutSoFar.toString(),
            stderr,
            Duration.ofNanos(System.nanoTime() - startNanos));
    if (!exited) {
      throw new AssertionError("JVM did not exit within " + timeout + "\n" + run.describe());
    }
    return run;
  }
}
