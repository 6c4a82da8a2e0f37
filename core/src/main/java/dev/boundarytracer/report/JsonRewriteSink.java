package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The JSON report rewritten every {@code boundary.snapshotInterval} while the JVM runs, so that a
 * JVM killed without a shutdown hook (SIGKILL, a crash) leaves a report at most one interval old.
 * Each rewrite is atomic (see {@link ReportFiles#writeJsonAtomically}): a reader sees the previous
 * report or the next one, never a part.
 */
public final class JsonRewriteSink implements ProfileSink {
  private final Path file;
  private final PrintStream err;

  /**
   * @param file the report file, not null
   * @param err where failed writes are reported, not null
   */
  public JsonRewriteSink(Path file, PrintStream err) {
    this.file = file;
    this.err = err;
  }

  @Override
  public boolean wantsPeriodic() {
    return true;
  }

  @Override
  public void periodic(ProfileSnapshot snapshot) {
    ReportFiles.writeJsonAtomically(file, snapshot, err);
  }
}
