package dev.boundarytracer.agent.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
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
   * @return 0 when the agent was loaded, 1 when the JVM could not be reached or refused it
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
      vm.loadAgent(jar, agentArgs);
      out.println("boundary-tracer " + done + " JVM " + pid + " (messages go to its stderr)");
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
}
