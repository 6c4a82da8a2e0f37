package dev.boundarytracer.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar boundary-agent.jar attach|detach <pid> ...}: loads the agent into a running JVM,
 * or ends profiling there; {@code analyze <recording.jfr>} turns a recording into the report. The
 * agent jar's {@code Main-Class}.
 *
 * <p>Exit codes: 0 done, 1 the target JVM could not be reached or refused the agent (or the
 * recording could not be analysed), 2 bad usage.
 */
@Command(
    name = "boundary-agent.jar",
    mixinStandardHelpOptions = true,
    versionProvider = AgentCli.Version.class,
    description = "Attach boundary-tracer to a running JVM, detach it, or analyse a JFR recording.",
    subcommands = {AttachCommand.class, DetachCommand.class, AnalyzeCommand.class})
public final class AgentCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args {@code attach <pid> [key=value;...]} or {@code detach <pid>}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line.
   *
   * @param args as for {@link #main}
   * @return the exit code
   */
  public static int run(String... args) {
    return new CommandLine(new AgentCli()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: attach <pid> [key=value;...], detach <pid> or analyze <recording.jfr>");
  }

  /** The agent jar's {@code Implementation-Version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = AgentCli.class.getPackage().getImplementationVersion();
      return new String[] {"boundary-tracer " + (v == null ? "(unknown version)" : v)};
    }
  }
}
