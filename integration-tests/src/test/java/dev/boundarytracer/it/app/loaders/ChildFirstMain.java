package dev.boundarytracer.it.app.loaders;

import dev.boundarytracer.it.app.IsolatedStep;
import java.net.URL;
import java.nio.file.Path;

/**
 * Loads {@link IsolatedStep} through a child-first class loader that has its own copy of the
 * runtime jar (the annotations, {@code BoundaryMetrics}, ...) and runs it {@link #CALLS} times.
 * Prints {@code ownRuntime=true} when the loader really defined its own copy of the runtime.
 *
 * <p>Arguments: the test classes directory, the runtime jar.
 */
public final class ChildFirstMain {
  public static final int CALLS = 9;

  private ChildFirstMain() {}

  public static void main(String[] args) throws Exception {
    URL[] urls = {Path.of(args[0]).toUri().toURL(), Path.of(args[1]).toUri().toURL()};
    try (ChildFirstLoader loader =
        new ChildFirstLoader(urls, ChildFirstMain.class.getClassLoader())) {
      Class<?> step = loader.loadClass(IsolatedStep.class.getName());
      if (step.getClassLoader() != loader) {
        throw new IllegalStateException("IsolatedStep was not defined by the child-first loader");
      }
      Class<?> annotation = loader.loadClass("dev.boundarytracer.BoundaryOperation");
      System.out.println("ownRuntime=" + (annotation.getClassLoader() == loader));
      Runnable r = (Runnable) step.getConstructor().newInstance();
      for (int i = 0; i < CALLS; i++) {
        r.run();
      }
    }
  }
}
