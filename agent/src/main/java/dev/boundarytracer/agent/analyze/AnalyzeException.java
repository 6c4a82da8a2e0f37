package dev.boundarytracer.agent.analyze;

/** A recording that cannot be analysed; the message is one line for the user. */
public final class AnalyzeException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong and what is accepted, one line
   */
  public AnalyzeException(String message) {
    super(message);
  }
}
