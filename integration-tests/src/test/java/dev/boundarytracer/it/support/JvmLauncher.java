package dev.boundarytracer.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Starts a real JVM (the {@code bin/java} of a given Java home), waits for it with a timeout, and
 * returns its exit code and output.
 *
 * <p>Immutable: every {@code with...} method returns a new launcher, so a configured launcher can
 * be shared and extended. Thread-safe. The child's standard output and error go to {@code
 * stdout.txt} and {@code stderr.txt} in the run's directory, which is also its working directory.
 * Environment variables starting with {@code BOUNDARY_} are removed from the inherited environment
 * so that only what a test sets configures the agent.
 */
public final class JvmLauncher {
  /** Long enough for a small demo run on a slow machine; a hung JVM fails the test after it. */
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  private final Path javaHome;
  private final List<String> jvmArgs;
  private final List<String> target;
  private final List<String> appArgs;
  private final Map<String, String> env;
  private final Duration timeout;

  private JvmLauncher(
      Path javaHome,
      List<String> jvmArgs,
      List<String> target,
      List<String> appArgs,
      Map<String, String> env,
      Duration timeout) {
    this.javaHome = javaHome;
    this.jvmArgs = List.copyOf(jvmArgs);
    this.target = List.copyOf(target);
    this.appArgs = List.copyOf(appArgs);
    this.env = Map.copyOf(env);
    this.timeout = timeout;
  }

  /**
   * A launcher for the JVM in a Java home.
   *
   * @param javaHome a directory holding {@code bin/java}, not null
   * @return a launcher with no arguments yet
   */
  public static JvmLauncher javaHome(Path javaHome) {
    return new JvmLauncher(
        Objects.requireNonNull(javaHome, "javaHome"),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        DEFAULT_TIMEOUT);
  }

  /**
   * A launcher for the JVM that runs the tests ({@code java.home}), Java 17 in this build.
   *
   * @return a launcher with no arguments yet
   */
  public static JvmLauncher currentJava() {
    return javaHome(Path.of(System.getProperty("java.home")));
  }

  /**
   * Adds {@code -javaagent:<jar>[=<options>]}.
   *
   * @param agentJar the agent jar, not null
   * @param options the agent's argument string, e.g. {@code json=/tmp/r.json;report=off}; null or
   *     empty for none
   * @return a new launcher
   */
  public JvmLauncher withAgent(Path agentJar, String options) {
    String arg = "-javaagent:" + agentJar.toAbsolutePath();
    if (options != null && !options.isEmpty()) {
      arg += "=" + options;
    }
    return withJvmArgs(arg);
  }

  /**
   * Adds options for the JVM itself (before the main class or jar).
   *
   * @param args e.g. {@code -Dboundary.report=off}
   * @return a new launcher
   */
  public JvmLauncher withJvmArgs(String... args) {
    List<String> all = new ArrayList<>(jvmArgs);
    all.addAll(List.of(args));
    return new JvmLauncher(javaHome, all, target, appArgs, env, timeout);
  }

  /**
   * Runs an executable jar ({@code -jar}); replaces any earlier jar or main class.
   *
   * @param jar the jar, not null
   * @return a new launcher
   */
  public JvmLauncher withJar(Path jar) {
    return new JvmLauncher(
        javaHome, jvmArgs, List.of("-jar", jar.toAbsolutePath().toString()), appArgs, env, timeout);
  }

  /**
   * Runs a main class from a class path; replaces any earlier jar or main class.
   *
   * @param mainClass the class whose {@code main} runs, not null
   * @param classPath the entries of {@code -cp}, in order
   * @return a new launcher
   */
  public JvmLauncher withMainClass(Class<?> mainClass, Path... classPath) {
    List<String> entries = new ArrayList<>();
    for (Path p : classPath) {
      entries.add(p.toAbsolutePath().toString());
    }
    String cp = String.join(File.pathSeparator, entries);
    return new JvmLauncher(
        javaHome, jvmArgs, List.of("-cp", cp, mainClass.getName()), appArgs, env, timeout);
  }

  /**
   * Adds arguments for the application's {@code main}.
   *
   * @param args the arguments
   * @return a new launcher
   */
  public JvmLauncher withArgs(String... args) {
    List<String> all = new ArrayList<>(appArgs);
    all.addAll(List.of(args));
    return new JvmLauncher(javaHome, jvmArgs, target, all, env, timeout);
  }

  /**
   * Sets an environment variable of the child.
   *
   * @param name the variable, not null
   * @param value its value, not null
   * @return a new launcher
   */
  public JvmLauncher withEnv(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(env);
    all.put(name, value);
    return new JvmLauncher(javaHome, jvmArgs, target, appArgs, all, timeout);
  }

  /**
   * Sets how long {@link #run(Path)} waits before it kills the JVM and fails.
   *
   * @param timeout positive
   * @return a new launcher
   */
  public JvmLauncher withTimeout(Duration timeout) {
    return new JvmLauncher(javaHome, jvmArgs, target, appArgs, env, timeout);
  }

  /**
   * Starts the JVM in {@code directory} and waits for it to exit.
   *
   * @param directory the working directory, created if missing; receives {@code stdout.txt} and
   *     {@code stderr.txt}
   * @return the finished run
   * @throws IOException if the JVM cannot be started or its output cannot be read
   * @throws InterruptedException if the test thread is interrupted while waiting
   * @throws AssertionError if no jar or main class was set, or the JVM did not exit within the
   *     timeout (it is then killed)
   */
  public JvmRun run(Path directory) throws IOException, InterruptedException {
    Path out = directory.resolve("stdout.txt");
    Path err = directory.resolve("stderr.txt");
    ProcessBuilder builder = processBuilder(directory).redirectOutput(out.toFile());
    List<String> command = builder.command();

    long startNanos = System.nanoTime();
    Process process = builder.start();
    boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    JvmRun run =
        new JvmRun(
            List.copyOf(command),
            exited ? process.exitValue() : -1,
            directory,
            readLeniently(out),
            readLeniently(err),
            elapsed);
    if (!exited) {
      throw new AssertionError("JVM did not exit within " + timeout + "\n" + run.describe());
    }
    return run;
  }

  /**
   * Starts the JVM in {@code directory} without waiting, its standard output readable line by line
   * (so a test can wait for the application to say it is ready) and its standard error going to
   * {@code stderr.txt}.
   *
   * @param directory the working directory, created if missing
   * @return the running JVM
   * @throws IOException if the JVM cannot be started
   */
  public LiveJvm start(Path directory) throws IOException {
    ProcessBuilder builder = processBuilder(directory);
    return new LiveJvm(builder.command(), builder.start(), directory, timeout);
  }

  private ProcessBuilder processBuilder(Path directory) throws IOException {
    if (target.isEmpty()) {
      throw new AssertionError("no jar or main class to run");
    }
    Files.createDirectories(directory);
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(jvmArgs);
    command.addAll(target);
    command.addAll(appArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectError(directory.resolve("stderr.txt").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().keySet().removeIf(k -> k.startsWith("BOUNDARY_"));
    builder.environment().putAll(env);
    return builder;
  }

  /** Decodes as UTF-8, replacing what is not: a child on another locale must not fail the read. */
  private static String readLeniently(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
