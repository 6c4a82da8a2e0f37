package dev.boundarytracer.live;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * The Prometheus client's HTTP server over one registry. Loaded by {@link HttpServerLoader}, beside
 * the client's server classes, because the JDK's {@code com.sun.net.httpserver} is not visible to
 * the boot class path the agent's runtime lives on; {@link PrometheusSink} reaches it through
 * {@link AutoCloseable} and {@link IntSupplier}.
 */
public final class MetricsHttpServer implements AutoCloseable, IntSupplier {
  private final HTTPServer server;

  private MetricsHttpServer(HTTPServer server) {
    this.server = server;
  }

  /**
   * Starts serving {@code /metrics} (and the client's health page); GET only.
   *
   * @param host host name or IP literal to bind, not null
   * @param port 0..65535, 0 for a free port
   * @param registry what a scrape reads, not null
   * @return the running server
   * @throws IOException when the address cannot be bound (in use, not local, unknown host)
   */
  public static MetricsHttpServer start(String host, int port, PrometheusRegistry registry)
      throws IOException {
    return new MetricsHttpServer(
        HTTPServer.builder()
            .hostname(host)
            .port(port)
            .registry(registry)
            .executorService(executor())
            .buildAndStart());
  }

  /**
   * @return the port listened on
   */
  @Override
  public int getAsInt() {
    return server.getPort();
  }

  /** Stops listening and its threads. */
  @Override
  public void close() {
    server.close();
  }

  private static ExecutorService executor() {
    return Executors.newFixedThreadPool(
        2,
        r -> {
          Thread t = new Thread(r, "boundary-tracer-prometheus");
          t.setDaemon(true);
          return t;
        });
  }
}
