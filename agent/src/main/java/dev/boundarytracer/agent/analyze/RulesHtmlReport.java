package dev.boundarytracer.agent.analyze;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport;

/**
 * The recording's automated-analysis results as one HTML page, by JDK Mission Control's own report
 * ({@code JfrHtmlRulesReport}): the JDK rules JMC ships and every rule registered on the class path
 * through {@code META-INF/services/org.openjdk.jmc.flightrecorder.rules.IRule}.
 */
public final class RulesHtmlReport {
  private RulesHtmlReport() {}

  /**
   * Runs the rules and renders the page.
   *
   * @param recording the recording, already checked to be readable
   * @return writes the page (UTF-8)
   * @throws AnalyzeException when JMC cannot load the recording
   */
  public static OutputFiles.Content content(Path recording) throws AnalyzeException {
    String page;
    try {
      page = JfrHtmlRulesReport.createReport(recording.toFile());
    } catch (IOException | CouldNotLoadRecordingException e) {
      throw new AnalyzeException(
          recording + " cannot be loaded by JMC's parser (" + e.getMessage() + ")");
    }
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    return out -> out.write(bytes);
  }
}
