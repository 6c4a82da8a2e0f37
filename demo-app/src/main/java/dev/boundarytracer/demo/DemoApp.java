package dev.boundarytracer.demo;

import dev.boundarytracer.demo.cli.DemoCommand;

/**
 * Entry point of {@code demo-app.jar}: a multi-threaded document bridge to profile with the
 * boundary-tracer agent ({@code java -javaagent:boundary-agent.jar -jar demo-app.jar}). Runs
 * without the agent too.
 */
public final class DemoApp {
  private DemoApp() {}

  /**
   * Runs the bridge. Returns normally on success (so the JVM, and the agent's exit report, end the
   * ordinary way); exits with 2 on bad options and 1 on a failed run.
   *
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    int exitCode = DemoCommand.commandLine(System.out).execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }
}
