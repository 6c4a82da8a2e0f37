package dev.boundarytracer.live;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Prometheus client's {@code HTTPServer} over one registry, driven by reflection: its classes
 * are defined by {@link HttpServerLoader}, because the JDK's {@code com.sun.net.httpserver} is not
 * visible to the boot class path the agent's runtime lives on.
 */
final class MetricsHttpServer implements AutoCloseable {
  private final Object server;
  private final int port;

  private MetricsHttpServer(Object server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts serving {@code /metrics} (and the client's health page); GET only.
   *
   * @param host host name or IP literal to bind, not null
   * @param port 0..65535, 0 for a free port
   * @param registry what a scrape reads, not null
   * @return the running server
   * @throws Exception what the client throws: an {@link java.io.IOException} when the address
   *     cannot be bound (in use, not local, unknown host)
   */
  static MetricsHttpServer start(String host, int port, PrometheusRegistry registry)
      throws Exception {
    Class<?> serverClass = HttpServerLoader.create().serverClass();
    try {
      Object builder = serverClass.getMethod("builder").invoke(null);
      Class<?> b = builder.getClass();
      b.getMethod("hostname", String.class).invoke(builder, host);
      b.getMethod("port", int.class).invoke(builder, port);
      b.getMethod("registry", PrometheusRegistry.class).invoke(builder, registry);
      b.getMethod("executorService", ExecutorService.class).invoke(builder, executor());
      Object server = b.getMethod("buildAndStart").invoke(builder);
      int bound = (Integer) serverClass.getMethod("getPort").invoke(server);
      return new MetricsHttpServer(server, bound);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ex ? ex : new IllegalStateException(cause);
    }
  }

  /**
   * @return the port listened on
   */
  int port() {
    return port;
  }

  /** Stops listening and its threads. */
  @Override
  public void close() throws Exception {
    Method close = server.getClass().getMethod("close");
    close.invoke(server);
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
