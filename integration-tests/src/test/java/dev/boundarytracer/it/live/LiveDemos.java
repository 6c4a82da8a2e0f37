package dev.boundarytracer.it.live;

import dev.boundarytracer.it.app.live.DemoThenWait;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.LiveJvm;
import dev.boundarytracer.it.support.PrometheusServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo JVM under the agent that stays up after its work (see {@link DemoThenWait}). */
public final class LiveDemos {
  public static final String[] SIZE = {"--threads", "2", "--ops", "40", "--batch", "500"};
  private static final Pattern ENDPOINT =
      Pattern.compile("Prometheus metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics");

  private LiveDemos() {}

  /**
   * Starts the demo.
   *
   * @param dir its working directory ({@code stderr.txt} lands there)
   * @param agentOptions the agent's arguments
   * @param args the demo's arguments
   * @return the running JVM
   */
  public static LiveJvm start(Path dir, String agentOptions, String... args) throws IOException {
    return start(dir, agentOptions, new String[0], args);
  }

  /**
   * Starts the demo with JVM options.
   *
   * @param dir its working directory ({@code stderr.txt} lands there)
   * @param agentOptions the agent's arguments
   * @param jvmArgs options for the JVM, e.g. system properties
   * @param args the demo's arguments
   * @return the running JVM
   */
  public static LiveJvm start(Path dir, String agentOptions, String[] jvmArgs, String... args)
      throws IOException {
    return JvmLauncher.currentJava()
        .withJvmArgs(jvmArgs)
        .withAgent(Artifacts.agentJar(), agentOptions)
        .withMainClass(
            DemoThenWait.class,
            Artifacts.testClasses(),
            Artifacts.runtimeJar(),
            Artifacts.demoJar())
        .withArgs(args)
        .withTimeout(Duration.ofMinutes(3))
        .start(dir);
  }

  /**
   * Waits for the line the agent prints once when {@code prometheus=0} took a free port.
   *
   * @param dir the JVM's working directory
   * @return the port
   */
  public static int awaitPrometheusPort(Path dir) throws IOException, InterruptedException {
    Path stderr = dir.resolve("stderr.txt");
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(stderr)) {
        Matcher m = ENDPOINT.matcher(Files.readString(stderr));
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(100); // polling the JVM's stderr file for the agent's line
    }
    throw new AssertionError("no Prometheus endpoint line in " + stderr);
  }

  /**
   * Waits until Prometheus holds, for every target, a scrape that started after {@code
   * afterEpochSeconds}: the stored figures are then those of the finished work.
   *
   * @param prometheus the server
   * @param afterEpochSeconds a time after the work ended
   * @param targets how many endpoints are scraped
   */
  public static void awaitScrapeAfter(
      PrometheusServer prometheus, double afterEpochSeconds, int targets)
      throws IOException, InterruptedException {
    prometheus.awaitQuery(
        "count(timestamp(up{job=\"boundary\"}) > " + afterEpochSeconds + ")",
        r -> r.size() == 1 && PrometheusServer.value(r.get(0)) == targets);
  }
}
