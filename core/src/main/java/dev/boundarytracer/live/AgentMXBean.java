package dev.boundarytracer.live;

/** The agent itself, registered as {@code dev.boundarytracer:type=Agent}. */
public interface AgentMXBean {
  /**
   * @return the operation names recorded so far
   */
  String[] getOperations();

  /**
   * @return throwables the agent's own code caught and suppressed; 0 when healthy
   */
  long getSuppressedErrors();

  /** Forgets everything recorded so far; recording goes on. */
  void reset();

  /**
   * Writes the JSON report of everything recorded so far.
   *
   * @param path the file to write, replaced atomically
   * @return true when written (a failure is also reported on the application's stderr)
   */
  boolean writeReport(String path);
}
