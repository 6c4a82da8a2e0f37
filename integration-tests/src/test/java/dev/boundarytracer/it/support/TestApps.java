package dev.boundarytracer.it.support;

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
}
