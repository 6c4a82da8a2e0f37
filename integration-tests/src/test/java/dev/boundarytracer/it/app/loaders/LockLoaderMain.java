package dev.boundarytracer.it.app.loaders;

import java.net.URL;
import java.nio.file.Path;

/**
 * Runs {@link IsolatedLocks} either in the application class loader (argument {@code app}) or
 * through a child-first class loader that has its own copy of the runtime jar (arguments {@code
 * child-first}, the test classes directory, the runtime jar). Prints {@code ownRuntime=true} when
 * the loader really defined its own copy of the runtime, and {@code done} at the end.
 */
public final class LockLoaderMain {
  private LockLoaderMain() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("app")) {
      new IsolatedLocks().run();
      System.out.println("done");
      return;
    }
    URL[] urls = {Path.of(args[1]).toUri().toURL(), Path.of(args[2]).toUri().toURL()};
    try (ChildFirstLoader loader =
        new ChildFirstLoader(urls, LockLoaderMain.class.getClassLoader())) {
      Class<?> cases = loader.loadClass(IsolatedLocks.class.getName());
      if (cases.getClassLoader() != loader) {
        throw new IllegalStateException("IsolatedLocks was not defined by the child-first loader");
      }
      Class<?> annotation = loader.loadClass("dev.boundarytracer.BoundaryLock");
      System.out.println("ownRuntime=" + (annotation.getClassLoader() == loader));
      ((Runnable) cases.getConstructor().newInstance()).run();
    }
    System.out.println("done");
  }
}
