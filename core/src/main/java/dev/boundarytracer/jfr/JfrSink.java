package dev.boundarytracer.jfr;

import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.nio.file.Path;
import java.util.function.Supplier;
import jdk.jfr.Recording;

/**
 * The JFR output: the periodic statistics and red-flag events (registered for whichever recording
 * initialises JFR, the user's or the agent's) and, with {@code boundary.jfr}, the agent's own
 * recording, started with the runtime and written at exit.
 */
public final class JfrSink implements ProfileSink {
  private final Supplier<ProfileSnapshot> profile;
  private final String destination;
  private final String settings;
  private final Thresholds thresholds;
  private final long lockHoldThresholdNanos;
  private Recording recording;

  /**
   * @param profile the current snapshot with red flags, for the red-flag events; not null
   * @param destination the agent's recording file ({@code boundary.jfr}), or null for none
   * @param settings {@code boundary.jfr.settings}: {@code profile}, {@code default} or a .jfc path;
   *     null means {@code default} (see {@link RecordingSettings#forAgent})
   * @param thresholds the limits in force, written into the recording as the Configuration event;
   *     not null
   * @param lockHoldThresholdNanos shortest lock hold the agent's recording keeps; negative keeps
   *     the settings file's
   */
  public JfrSink(
      Supplier<ProfileSnapshot> profile,
      String destination,
      String settings,
      Thresholds thresholds,
      long lockHoldThresholdNanos) {
    this.profile = profile;
    this.destination = destination;
    this.settings = settings;
    this.thresholds = thresholds;
    this.lockHoldThresholdNanos = lockHoldThresholdNanos;
  }

  @Override
  public synchronized void start() {
    JfrSupport.installPeriodicEvents(profile, () -> thresholds);
    if (destination == null) {
      return;
    }
    try {
      recording =
          JfrSupport.startRecording(
              Path.of(destination),
              RecordingSettings.forAgent(settings, System.err),
              lockHoldThresholdNanos);
    } catch (Exception | LinkageError e) {
      System.err.println(
          "[boundary-tracer] cannot start the JFR recording for boundary.jfr="
              + destination
              + ": "
              + e);
    }
  }

  @Override
  public synchronized void exit(ProfileSnapshot snapshot) {
    Recording r = recording;
    if (r == null) {
      return;
    }
    try {
      r.stop();
    } catch (IllegalStateException alreadyStoppedByJfrShutdown) {
      // JFR's own shutdown hook stopped and wrote the recording first.
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }
}
