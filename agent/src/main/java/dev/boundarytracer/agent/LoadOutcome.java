package dev.boundarytracer.agent;

/**
 * What the agent did when it was loaded into a running JVM, published as a system property of that
 * JVM so that the command that loaded it ({@code attach}, {@code detach}) can read it back through
 * the Attach API and report it truthfully.
 *
 * <p>The property {@value #PROPERTY} holds {@code <sequence> <outcome> <message>}: the sequence
 * grows with each load, so a reader that saw it before loading the agent knows whether the value is
 * new. Not a {@code boundary.*} key, so it is never read back as configuration.
 */
public enum LoadOutcome {
  /** The agent started profiling. */
  ATTACHED(true),
  /** The agent was already profiling; nothing changed. */
  ALREADY_PROFILING(false),
  /** The JVM was profiled and then detached; an agent cannot be loaded twice. */
  REATTACH_UNSUPPORTED(false),
  /** Profiling ended: reports written, weaving removed. */
  DETACHED(true),
  /** A detach found nothing to end. */
  NOT_PROFILING(false),
  /** The agent failed to start. */
  FAILED(false);

  /** The system property the outcome is published in. */
  public static final String PROPERTY = "dev.boundarytracer.lastLoad";

  private final boolean done;

  LoadOutcome(boolean done) {
    this.done = done;
  }

  /**
   * @return true when the load changed something (profiling started or ended)
   */
  public boolean done() {
    return done;
  }

  /**
   * Publishes this outcome with the line the agent printed on the target's stderr.
   *
   * @param message one line, not null
   */
  public void publish(String message) {
    synchronized (LoadOutcome.class) {
      long sequence = sequence(System.getProperty(PROPERTY)) + 1;
      System.setProperty(PROPERTY, sequence + " " + name() + " " + message);
    }
  }

  /**
   * The sequence number of a published value.
   *
   * @param value the property's value, may be null
   * @return the sequence, 0 when null or malformed
   */
  public static long sequence(String value) {
    if (value == null) {
      return 0;
    }
    int space = value.indexOf(' ');
    try {
      return Long.parseLong(space < 0 ? value : value.substring(0, space));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
