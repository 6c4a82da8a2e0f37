package dev.boundarytracer.it.app;

import dev.boundarytracer.BoundaryMetrics;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Records from two class loaders (the application's, which also has the runtime jar on its class
 * path, and an isolated one whose parent is the platform loader) and prints what {@link
 * BoundaryMetrics} sees from application code: {@code operationCount=<n>}.
 *
 * <p>Arguments: the directory of the test classes, for the isolated loader.
 */
public final class SharedRuntimeMain {
  public static final int STORE_OPERATIONS = 7;
  public static final int ISOLATED_OPERATIONS = 5;

  private SharedRuntimeMain() {}

  public static void main(String[] args) throws Exception {
    List<Order> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      batch.add(new Order(i, "customer-" + i, i));
    }
    OrderBridge bridge = new OrderBridge();
    for (int i = 0; i < STORE_OPERATIONS; i++) {
      bridge.store(batch);
    }
    URL classes = Path.of(args[0]).toUri().toURL();
    try (URLClassLoader isolated =
        new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class<?> step = isolated.loadClass(IsolatedStep.class.getName());
      if (step == IsolatedStep.class) {
        throw new IllegalStateException("the isolated loader delegated to the application loader");
      }
      Runnable r = (Runnable) step.getConstructor().newInstance();
      for (int i = 0; i < ISOLATED_OPERATIONS; i++) {
        r.run();
      }
    }
    System.out.println("operationCount=" + BoundaryMetrics.operationCount());
  }
}
