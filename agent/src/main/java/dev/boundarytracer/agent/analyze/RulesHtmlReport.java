package dev.boundarytracer.agent.analyze;

import java.nio.file.Path;

/** The recording's automated-analysis results as one HTML page. */
public final class RulesHtmlReport {
  private RulesHtmlReport() {}

  /**
   * The page's writer.
   *
   * @param recording the recording
   * @return writes the page
   * @throws AnalyzeException when the page cannot be made
   */
  public static OutputFiles.Content content(Path recording) throws AnalyzeException {
    throw new AnalyzeException("--format html is not available in this build; use text or json");
  }
}
