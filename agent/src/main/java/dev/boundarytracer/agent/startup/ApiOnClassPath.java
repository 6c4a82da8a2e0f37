package dev.boundarytracer.agent.startup;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * Whether the application's class path carries the boundary API (its annotations): a sign, read
 * before {@code main}, that a class needing the agent will load, so the weaving is worth preparing
 * at once rather than when that class loads.
 */
final class ApiOnClassPath {
  private static final String MARKER = "dev/boundarytracer/BoundaryOperation.class";

  private ApiOnClassPath() {}

  /**
   * @param agentJar the agent's own jar, whose copy of the API does not count
   * @return true when a class path entry other than the agent jar has the annotation's class file;
   *     false when none has, or the class path cannot be read
   */
  static boolean present(File agentJar) {
    try {
      String agent = agentJar.toURI().toURL().getPath();
      Enumeration<URL> found = ClassLoader.getSystemClassLoader().getResources(MARKER);
      while (found.hasMoreElements()) {
        if (!found.nextElement().getPath().contains(agent)) {
          return true;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The lazy path still activates when the first such class loads.
    }
    return false;
  }
}
