package dev.boundarytracer.agent.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import dev.boundarytracer.agent.LoadOutcome;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;

/** Loads this agent jar into another JVM through the Attach API ({@code jdk.attach}). */
final class TargetJvm {
  private TargetJvm() {}

  /**
   * Attaches to a JVM, loads the agent with the given arguments, and detaches the Attach API
   * connection. The agent prints its own problems on the target's stderr.
   *
   * @param pid the target's process id
   * @param agentArgs the agent argument string
   * @param done past tense for the success line, e.g. {@code attached to}
   * @param out where the outcome is printed, one line
   * @return 0 when the agent did what was asked (started or ended profiling), 1 when the JVM could
   *     not be reached, refused the agent, or the agent did nothing (already profiling, attached
   *     again after a detach, nothing to detach)
   */
  static int loadAgent(long pid, String agentArgs, String done, PrintStream out) {
    String jar;
    try {
      jar =
          new File(TargetJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .getAbsolutePath();
    } catch (URISyntaxException | RuntimeException e) {
      System.err.println("boundary-tracer: cannot locate the agent jar: " + e);
      return 1;
    }
    VirtualMachine vm;
    try {
      vm = VirtualMachine.attach(Long.toString(pid));
    } catch (AttachNotSupportedException | IOException e) {
      System.err.println(
          "boundary-tracer: cannot attach to process "
              + pid
              + ": "
              + e.getMessage()
              + " (is it a running JVM of the same user, started without"
              + " -XX:+DisableAttachMechanism?)");
      return 1;
    }
    try {
      long before = LoadOutcome.sequence(lastLoad(vm));
      long startNanos = System.nanoTime();
      vm.loadAgent(jar, agentArgs);
      long tookMillis = (System.nanoTime() - startNanos) / 1_000_000;
      String after = lastLoad(vm);
      if (after == null || LoadOutcome.sequence(after) <= before) {
        System.err.println(
            "boundary-tracer: JVM "
                + pid
                + " loaded the agent but did not say what it did; see its stderr");
        return 1;
      }
      String[] parts = after.split(" ", 3);
      LoadOutcome outcome = outcome(parts[1]);
      String message = parts.length > 2 ? parts[2] : "";
      if (outcome == null || !outcome.done()) {
        System.err.println("boundary-tracer: JVM " + pid + " did nothing: " + message);
        return 1;
      }
      out.println(
          "boundary-tracer "
              + done
              + " JVM "
              + pid
              + " in "
              + tookMillis
              + " ms (further messages go to its stderr)");
      return 0;
    } catch (AgentLoadException | AgentInitializationException | IOException e) {
      System.err.println("boundary-tracer: JVM " + pid + " did not load the agent: " + e);
      return 1;
    } finally {
      try {
        vm.detach();
      } catch (IOException e) {
        // the connection is gone either way
      }
    }
  }

  /** The target's published load outcome, null when none or unreadable. */
  private static String lastLoad(VirtualMachine vm) throws IOException {
    return vm.getSystemProperties().getProperty(LoadOutcome.PROPERTY);
  }

  private static LoadOutcome outcome(String name) {
    try {
      return LoadOutcome.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
