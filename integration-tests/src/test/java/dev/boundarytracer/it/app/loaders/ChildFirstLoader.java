package dev.boundarytracer.it.app.loaders;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A class loader that looks in its own URLs first and asks its parent only for what it does not
 * have (as web-application containers do), except for the JDK's own classes.
 */
final class ChildFirstLoader extends URLClassLoader {
  ChildFirstLoader(URL[] urls, ClassLoader parent) {
    super(urls, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null && !name.startsWith("java.") && !name.startsWith("javax.")) {
        try {
          c = findClass(name);
        } catch (ClassNotFoundException notHere) {
          // ask the parent below
        }
      }
      if (c == null) {
        c = super.loadClass(name, false);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }
}
