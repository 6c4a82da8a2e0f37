package dev.boundarytracer.agent.weaving;

import java.io.PrintStream;

/** Prints weave-time problems, one line each, prefixed {@code [boundary-tracer]}. Thread-safe. */
public final class Warnings {
  private final PrintStream err;

  Warnings(PrintStream err) {
    this.err = err;
  }

  /**
   * Prints one line.
   *
   * @param message the problem, not null
   */
  public void warn(String message) {
    err.println("[boundary-tracer] " + message);
  }
}
