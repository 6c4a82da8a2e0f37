package dev.boundarytracer.it.support;

import java.io.IOException;
import java.nio.file.Path;

/** Runs {@code java -jar boundary-agent.jar <args>} (the agent's attach/detach command line). */
public final class AgentCli {
  private AgentCli() {}

  /**
   * Runs the agent jar's command line and waits for it.
   *
   * @param directory its working directory (receives its stdout/stderr files)
   * @param args e.g. {@code attach 1234 json=r.json}
   * @return the finished run
   */
  public static JvmRun run(Path directory, String... args)
      throws IOException, InterruptedException {
    return JvmLauncher.currentJava().withJar(Artifacts.agentJar()).withArgs(args).run(directory);
  }
}
