package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.ProfileSnapshot;

/** The text report at exit, to {@code boundary.report} (stderr, stdout, off or a file). */
public final class TextReportSink implements ProfileSink {
  private final String destination;

  /**
   * @param destination as {@link ReportFiles#writeText}'s; null means stderr
   */
  public TextReportSink(String destination) {
    this.destination = destination;
  }

  @Override
  public void exit(ProfileSnapshot snapshot) {
    if (snapshot == null) {
      return;
    }
    ReportFiles.writeText(destination, TextReport.render(snapshot), System.out, System.err);
  }
}
