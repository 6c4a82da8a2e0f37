package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.nio.file.Path;

/** The JSON report at exit, to {@code boundary.json}, written atomically. */
public final class JsonReportSink implements ProfileSink {
  private final Path file;

  /**
   * @param file the report file, not null
   */
  public JsonReportSink(Path file) {
    this.file = file;
  }

  @Override
  public void exit(ProfileSnapshot snapshot) {
    if (snapshot == null) {
      return;
    }
    ReportFiles.writeJsonAtomically(file, snapshot);
  }
}
