package dev.boundarytracer.it.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Launchers for the test application under {@code dev.boundarytracer.it.app}: its main class on a
 * class path of this module's test classes and the runtime jar (for the annotations), with the
 * packaged agent attached.
 */
public final class TestApps {
  private TestApps() {}

  /**
   * A launcher for a test application's main class on the current Java, with the agent.
   *
   * @param mainClass a class of {@code dev.boundarytracer.it.app} with a {@code main}
   * @param agentOptions the agent's argument string, null or empty for none
   * @return the launcher; add arguments and {@link JvmLauncher#run run} it
   */
  public static JvmLauncher withAgent(Class<?> mainClass, String agentOptions) {
    return JvmLauncher.currentJava()
        .withAgent(Artifacts.agentJar(), agentOptions)
        .withMainClass(mainClass, Artifacts.testClasses(), Artifacts.runtimeJar());
  }

  /**
   * As {@link #withAgent(Class, String)}, with more jars on the application's class path.
   *
   * @param mainClass a class of {@code dev.boundarytracer.it.app} with a {@code main}
   * @param agentOptions the agent's argument string, null or empty for none
   * @param libraries jars appended to the class path, e.g. from {@link Artifacts#libs}
   * @return the launcher
   */
  public static JvmLauncher withAgent(Class<?> mainClass, String agentOptions, Path... libraries) {
    return JvmLauncher.currentJava()
        .withAgent(Artifacts.agentJar(), agentOptions)
        .withMainClass(mainClass, classPath(libraries));
  }

  /**
   * The test application's class path: test classes, the runtime jar, then the given jars.
   *
   * @param libraries more jars
   * @return the entries in order
   */
  public static Path[] classPath(Path... libraries) {
    List<Path> cp = new ArrayList<>();
    cp.add(Artifacts.testClasses());
    cp.add(Artifacts.runtimeJar());
    cp.addAll(List.of(libraries));
    return cp.toArray(Path[]::new);
  }
}
