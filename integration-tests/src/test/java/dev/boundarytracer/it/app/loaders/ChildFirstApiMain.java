package dev.boundarytracer.it.app.loaders;

import java.net.URL;
import java.nio.file.Path;

/**
 * Runs {@link ApiStep} {@link #CALLS} times in a child-first class loader that has its own copy of
 * the runtime jar, then asks that copy's {@code BoundaryMetrics} for the operation count. Prints
 * {@code ownApi=true} when the loader defined its own {@code BoundaryContext} and {@code
 * BoundaryMetrics}, and {@code metricsOperationCount=<n>}.
 *
 * <p>Arguments: the test classes directory, the runtime jar.
 */
public final class ChildFirstApiMain {
  public static final int CALLS = 6;

  private ChildFirstApiMain() {}

  public static void main(String[] args) throws Exception {
    URL[] urls = {Path.of(args[0]).toUri().toURL(), Path.of(args[1]).toUri().toURL()};
    try (ChildFirstLoader loader =
        new ChildFirstLoader(urls, ChildFirstApiMain.class.getClassLoader())) {
      Class<?> step = loader.loadClass(ApiStep.class.getName());
      Class<?> context = loader.loadClass("dev.boundarytracer.BoundaryContext");
      Class<?> metrics = loader.loadClass("dev.boundarytracer.BoundaryMetrics");
      System.out.println(
          "ownApi="
              + (step.getClassLoader() == loader
                  && context.getClassLoader() == loader
                  && metrics.getClassLoader() == loader));
      Runnable r = (Runnable) step.getConstructor().newInstance();
      for (int i = 0; i < CALLS; i++) {
        r.run();
      }
      System.out.println(
          "metricsOperationCount=" + metrics.getMethod("operationCount").invoke(null));
    }
  }
}
