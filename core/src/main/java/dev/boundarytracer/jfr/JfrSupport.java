package dev.boundarytracer.jfr;

import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.locks.LockJfr;
import dev.boundarytracer.recording.PhaseInterval;
import dev.boundarytracer.recording.Recorder;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;

/**
 * Connects the recorder to Java Flight Recorder: periodic statistics and red-flag events, and the
 * recording the agent starts for {@code boundary.jfr}.
 *
 * <p>Nothing here initialises JFR: the periodic hooks are registered only once some recording
 * initialises it, so a JVM without a recording pays nothing.
 */
public final class JfrSupport {
  /** Name of the settings file shipped in the agent jar. */
  public static final String SETTINGS_RESOURCE = RecordingSettings.DEFAULT_RESOURCE;

  private JfrSupport() {}

  /**
   * Registers the periodic events once JFR is initialised (now, if it already is).
   *
   * @param profile supplies the current snapshot with red flags, called at each chunk end
   */
  public static void installPeriodicEvents(Supplier<ProfileSnapshot> profile) {
    installPeriodicEvents(profile, () -> Thresholds.DEFAULTS);
  }

  /**
   * Registers the periodic events once JFR is initialised (now, if it already is), among them
   * {@code dev.boundarytracer.Configuration} at the start of every chunk.
   *
   * @param profile supplies the current snapshot with red flags, called at each chunk end
   * @param thresholds supplies the limits in force, called at each chunk start
   */
  public static void installPeriodicEvents(
      Supplier<ProfileSnapshot> profile, Supplier<Thresholds> thresholds) {
    FlightRecorder.addListener(
        new FlightRecorderListener() {
          private boolean registered;

          @Override
          public synchronized void recorderInitialized(FlightRecorder recorder) {
            if (registered) {
              return;
            }
            registered = true;
            EventProbes.recorderInitialized();
            Recorder.runtime().startIntervals();
            FlightRecorder.addPeriodicEvent(PhaseStatisticsEvent.class, JfrSupport::emitStatistics);
            // At a chunk's end (the recording's end among them) the interval so far is emitted
            // too, so the statistics events count every call up to the end.
            FlightRecorder.addPeriodicEvent(
                RedFlagEvent.class,
                () -> {
                  emitStatistics();
                  emitRedFlags(profile);
                });
            FlightRecorder.addPeriodicEvent(
                LockStatisticsEvent.class,
                () -> LockJfr.emitStatistics(Recorder.runtime().locks()));
            FlightRecorder.addPeriodicEvent(
                ConfigurationEvent.class, () -> emitConfiguration(thresholds));
            // A recording already running began its chunk before this registration.
            emitConfiguration(thresholds);
            EventGate.refresh();
          }

          @Override
          public void recordingStateChanged(Recording recording) {
            EventGate.refresh();
          }
        });
  }

  /**
   * Starts a recording with the JDK's default settings plus {@value #SETTINGS_RESOURCE} (the
   * low-overhead settings); it is written to {@code destination} (missing parent directories are
   * created) when stopped.
   *
   * @param destination the .jfr file to write at exit
   * @return the running recording
   * @throws IOException if the settings cannot be read or the destination cannot be set
   * @throws ParseException if a settings file is malformed
   */
  public static Recording startRecording(Path destination) throws IOException, ParseException {
    return startRecording(destination, boundarySettings(), -1);
  }

  /**
   * Starts a recording with the JDK's default settings plus {@code boundary}, written to {@code
   * destination} (missing parent directories are created) when stopped.
   *
   * @param destination the .jfr file to write at exit
   * @param boundary the boundary events' settings, from {@link RecordingSettings}
   * @param lockHoldThresholdNanos shortest {@code dev.boundarytracer.LockHold} recorded ({@code
   *     boundary.jfr.lockHoldThreshold}); negative keeps the settings' own
   * @return the running recording
   * @throws IOException if the JDK's settings cannot be read or the destination cannot be set
   * @throws ParseException if the JDK's settings are malformed
   */
  public static Recording startRecording(
      Path destination, Configuration boundary, long lockHoldThresholdNanos)
      throws IOException, ParseException {
    Map<String, String> settings =
        new HashMap<>(Configuration.getConfiguration("default").getSettings());
    settings.putAll(boundary.getSettings());
    if (lockHoldThresholdNanos >= 0) {
      settings.put("dev.boundarytracer.LockHold#threshold", lockHoldThresholdNanos + " ns");
    }
    Path parent = destination.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Recording recording = new Recording(settings);
    recording.setName("boundary-tracer");
    recording.setToDisk(true);
    recording.setDestination(destination);
    recording.start();
    return recording;
  }

  /**
   * The settings of the shipped {@value #SETTINGS_RESOURCE}.
   *
   * @return the configuration
   * @throws IOException if the resource is missing
   * @throws ParseException if it is malformed
   */
  public static Configuration boundarySettings() throws IOException, ParseException {
    return RecordingSettings.shipped(SETTINGS_RESOURCE);
  }

  private static void emitStatistics() {
    try {
      for (PhaseInterval interval : Recorder.runtime().drainIntervals()) {
        PhaseStatisticsEvent e = new PhaseStatisticsEvent();
        e.operation = interval.operation();
        e.phase = interval.phase().name();
        e.count = interval.histogram().getTotalCount();
        e.mean = Math.round(interval.histogram().getMean());
        e.p50 = interval.histogram().getValueAtPercentile(50);
        e.p99 = interval.histogram().getValueAtPercentile(99);
        e.max = interval.histogram().getMaxValue();
        e.histogram = HistogramEncoding.encode(interval.histogram());
        e.commit();
      }
    } catch (RuntimeException e) {
      SuppressedErrors.record(e);
    }
  }

  private static void emitConfiguration(Supplier<Thresholds> thresholds) {
    try {
      ConfigurationEvent.emit(thresholds.get());
    } catch (RuntimeException e) {
      SuppressedErrors.record(e);
    }
  }

  private static void emitRedFlags(Supplier<ProfileSnapshot> profile) {
    try {
      for (OperationSnapshot op : profile.get().operations()) {
        for (RedFlag flag : op.redFlags()) {
          RedFlagEvent e = new RedFlagEvent();
          e.operation = op.name();
          e.flagId = flag.id();
          e.severity = flag.severity().name();
          e.phase = flag.phase() == null ? null : flag.phase().name();
          e.message = flag.message();
          e.calls = flag.calls();
          e.recommendation = flag.recommendation();
          e.commit();
        }
      }
    } catch (RuntimeException e) {
      SuppressedErrors.record(e);
    }
  }
}
