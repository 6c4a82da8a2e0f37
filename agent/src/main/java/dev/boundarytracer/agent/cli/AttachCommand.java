package dev.boundarytracer.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attach <pid> [key=value;...]}: loads the agent into a running JVM. */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    description = {
      "Load boundary-tracer into a running JVM: classes already loaded that carry boundary"
          + " annotations (or match boundary.pointcuts) are retransformed and recording starts."
          + " The report is written by 'detach' or when that JVM exits."
    })
final class AttachCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<pid>", description = "process id of the target JVM")
  long pid;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "key=value;...",
      description = "agent arguments, as after -javaagent:boundary-agent.jar=, e.g. json=r.json")
  String options;

  @Override
  public Integer call() {
    return TargetJvm.loadAgent(pid, options == null ? "" : options, "attached to", System.out);
  }
}
