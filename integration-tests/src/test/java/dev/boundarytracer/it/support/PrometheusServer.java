package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A real Prometheus server (Debian's {@code prometheus} package) scraping given targets every
 * second, on a free loopback port with its own storage directory, queried through its HTTP API.
 */
public final class PrometheusServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(90);

  private final Process process;
  private final URI base;
  private final Path directory;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, URI base, Path directory) {
    this.process = process;
    this.base = base;
    this.directory = directory;
  }

  /**
   * Starts Prometheus scraping {@code /metrics} of each target every second (job {@code boundary})
   * and waits until it is ready.
   *
   * @param directory where its configuration, storage and log go
   * @param targets {@code host:port} of each endpoint
   * @return the running server, to close
   */
  public static PrometheusServer start(Path directory, List<String> targets)
      throws IOException, InterruptedException {
    return start(directory, targets, List.of());
  }

  /**
   * As {@link #start(Path, List)}, with more command-line flags.
   *
   * @param directory where its configuration, storage and log go
   * @param targets {@code host:port} of each endpoint
   * @param flags e.g. {@code --enable-feature=native-histograms}
   * @return the running server, to close
   */
  public static PrometheusServer start(Path directory, List<String> targets, List<String> flags)
      throws IOException, InterruptedException {
    Path binary = binary();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.createDirectories(directory);
    Path config = directory.resolve("prometheus.yml");
    Files.writeString(
        config,
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
            + "scrape_configs:\n  - job_name: boundary\n    scrape_interval: 1s\n"
            + "    scrape_timeout: 1s\n    static_configs:\n      - targets: ["
            + targets.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
            + "]\n");
    List<String> command = new java.util.ArrayList<>();
    command.add(binary.toString());
    command.add("--config.file=" + config);
    command.add("--storage.tsdb.path=" + directory.resolve("data"));
    command.add("--web.listen-address=127.0.0.1:" + port);
    command.addAll(flags);
    Process p =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("prometheus.log").toFile())
            .start();
    PrometheusServer server =
        new PrometheusServer(p, URI.create("http://127.0.0.1:" + port), directory);
    server.awaitReady();
    return server;
  }

  /**
   * Runs an instant query.
   *
   * @param promql the expression
   * @return the {@code data.result} array (one element per series)
   */
  public JsonNode query(String promql) throws IOException, InterruptedException {
    URI uri =
        base.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(r.body());
    if (r.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
      throw new AssertionError("query " + promql + " failed: " + r.body());
    }
    return body.path("data").path("result");
  }

  /**
   * Repeats an instant query until its result satisfies {@code done}.
   *
   * @param promql the expression
   * @param done the condition on the result array
   * @return the first result that satisfied it
   * @throws AssertionError when it does not within 90 s
   */
  public JsonNode awaitQuery(String promql, Predicate<JsonNode> done)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode last;
    do {
      last = query(promql);
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(250); // polling Prometheus' own state; its scrapes run on its schedule
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "no satisfying result for " + promql + " within " + WAIT + ": " + last);
  }

  /**
   * The value of a vector sample.
   *
   * @param sample one element of a result array
   * @return its value
   */
  public static double value(JsonNode sample) {
    return Double.parseDouble(sample.path("value").path(1).asText());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("prometheus exited: " + Files.readString(directory.resolve("prometheus.log")));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(base.resolve("/-/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // starting
      }
      Thread.sleep(200); // polling the server's readiness endpoint
    }
    throw new AssertionError("prometheus not ready within " + WAIT);
  }

  private static Path binary() {
    String explicit = System.getProperty("it.prometheus");
    if (explicit != null) {
      return Path.of(explicit);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, "prometheus");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    Path debian = Path.of("/usr/bin/prometheus");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    throw new AssertionError(
        "no prometheus binary on PATH: install Debian's prometheus package (.ci/run does)");
  }
}
