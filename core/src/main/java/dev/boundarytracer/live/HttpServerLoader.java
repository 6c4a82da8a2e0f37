package dev.boundarytracer.live;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;

/**
 * Defines the Prometheus client's HTTP server classes in a loader that sees the JDK's {@code
 * jdk.httpserver} module. The agent's runtime is on the boot class path, whose loader cannot see
 * that module; every other class (the metric model, the exposition formats, the runtime) is
 * delegated, so the server and the agent share one registry type.
 */
final class HttpServerLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private static final String SERVER_PACKAGE =
      PrometheusRegistry.class
              .getName()
              .substring(0, PrometheusRegistry.class.getName().indexOf("model.registry."))
          + "exporter.httpserver.";

  private final ClassLoader source;

  private HttpServerLoader(ClassLoader source) {
    super(
        "boundary-tracer-prometheus",
        source != null ? source : ClassLoader.getPlatformClassLoader());
    this.source = source;
  }

  /**
   * @return a loader for the server classes of the runtime that loaded this class
   */
  static HttpServerLoader create() {
    return new HttpServerLoader(HttpServerLoader.class.getClassLoader());
  }

  /**
   * @return the client's {@code HTTPServer} class, defined by this loader
   * @throws ClassNotFoundException when the client's server classes are missing
   */
  Class<?> serverClass() throws ClassNotFoundException {
    return loadClass(SERVER_PACKAGE + "HTTPServer");
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(SERVER_PACKAGE)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = define(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  private Class<?> define(String name) throws ClassNotFoundException {
    // Relocated in the agent jar, these names exist nowhere else on the class path.
    String path = name.replace('.', '/') + ".class";
    try (InputStream in =
        source == null
            ? ClassLoader.getSystemResourceAsStream(path)
            : source.getResourceAsStream(path)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
