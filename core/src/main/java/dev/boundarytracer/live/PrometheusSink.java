package dev.boundarytracer.live;

import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Serves the profile on {@code http://<host>:<port>/metrics} for Prometheus ({@code
 * boundary.prometheus=[host:]port}): the Prometheus Java client's HTTP server over a registry
 * holding one {@link ProfileMetrics}, which takes a snapshot per scrape. Text, OpenMetrics and
 * protobuf (native histograms) are negotiated by the client library; nothing accepts writes.
 *
 * <p>Bound to 127.0.0.1 unless a host is given; port 0 takes a free port, printed once on stderr. A
 * bad value, an unknown host or a port in use is reported in one stderr line and the rest of the
 * agent runs on. The server's threads are daemons; it stops at exit (or detach).
 */
public final class PrometheusSink implements ProfileSink {
  private static final String KEY = "boundary.prometheus";

  private final String value;
  private final Supplier<ProfileSnapshot> profile;
  private final PrintStream err;
  private volatile MetricsHttpServer server;

  /**
   * @param value the key's value, {@code [host:]port}, not null
   * @param profile builds the current snapshot with red flags, not null
   * @param err where problems and the chosen port are reported
   */
  public PrometheusSink(String value, Supplier<ProfileSnapshot> profile, PrintStream err) {
    this.value = value;
    this.profile = profile;
    this.err = err;
  }

  @Override
  public void start() {
    ListenAddress address;
    try {
      address = ListenAddress.parse(value);
    } catch (IllegalArgumentException e) {
      err.println(
          "[boundary-tracer] "
              + KEY
              + "="
              + value
              + ": "
              + e.getMessage()
              + "; expected [host:]port such as 9464 or 0.0.0.0:9464; no endpoint started");
      return;
    }
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(new ProfileMetrics(profile));
    AtomicReference<Object> result = new AtomicReference<>();
    // The JDK's HTTP server takes the daemon status of the thread that starts it: start it from a
    // daemon thread so the endpoint never keeps the application's JVM alive.
    Thread starter =
        new Thread(
            () -> {
              try {
                result.set(MetricsHttpServer.start(address.host(), address.port(), registry));
              } catch (Throwable t) {
                result.set(t);
              }
            },
            "boundary-tracer-prometheus-start");
    starter.setDaemon(true);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    Object r = result.get();
    if (r instanceof MetricsHttpServer s) {
      server = s;
      if (address.port() == 0) {
        err.println(
            "[boundary-tracer] Prometheus metrics on http://"
                + hostForUrl(address.host())
                + ":"
                + s.port()
                + "/metrics");
      }
    } else {
      Throwable t = r instanceof Throwable e ? e : new IllegalStateException("no server");
      err.println(
          "[boundary-tracer] "
              + KEY
              + "="
              + value
              + ": cannot listen on "
              + address.host()
              + ":"
              + address.port()
              + " ("
              + describe(t)
              + "); no endpoint started");
    }
  }

  @Override
  public void exit(ProfileSnapshot snapshot) {
    MetricsHttpServer s = server;
    if (s != null) {
      server = null;
      try {
        s.close();
      } catch (Exception e) {
        dev.boundarytracer.internal.SuppressedErrors.record(e);
      }
    }
  }

  /**
   * @return the port listened on, or -1 when no endpoint runs
   */
  public int port() {
    MetricsHttpServer s = server;
    return s == null ? -1 : s.port();
  }

  private static String hostForUrl(String host) {
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }

  private static String describe(Throwable t) {
    if (t instanceof java.net.BindException) {
      return "address in use or not local: " + t.getMessage();
    }
    if (t instanceof java.net.UnknownHostException
        || t.getCause() instanceof java.net.UnknownHostException
        || String.valueOf(t.getMessage()).contains("Unresolved address")) {
      return "unknown host";
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
