package dev.boundarytracer.agent.cli;

import dev.boundarytracer.agent.AgentInstaller;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code detach <pid>}: the running agent writes its reports and removes its weaving. */
@Command(
    name = "detach",
    mixinStandardHelpOptions = true,
    description = {
      "End profiling in a running JVM: the agent writes its reports (as configured at attach),"
          + " stops recording and removes its weaving; the JVM runs on unprofiled."
          + " Attaching again to the same JVM is not supported."
    })
final class DetachCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "<pid>", description = "process id of the target JVM")
  long pid;

  @Override
  public Integer call() {
    return TargetJvm.loadAgent(pid, AgentInstaller.DETACH, "detached from", System.out);
  }
}
