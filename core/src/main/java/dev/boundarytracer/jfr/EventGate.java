package dev.boundarytracer.jfr;

import java.util.Locale;
import java.util.Map;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * Tells the event slots ({@link PhaseEventSlot}, {@link OperationEventSlot}) when a begun event
 * need not be ended because no running recording can keep it, so that a call far below every
 * recording's threshold costs one JFR clock read (at {@code begin()}) instead of two.
 *
 * <p>JFR decides with its own clock whether an event reaches its threshold, and that needs {@code
 * end()}, one more clock read (25 ns of a 60 ns pair on the machine of docs/PERFORMANCE.md). The
 * agent has already measured the call with its own clock, inside the event's window, so a call
 * shorter than half the smallest threshold of any running recording that enables the event cannot
 * reach it: its {@code end()} is skipped. The half leaves room for the two clocks and a preemption
 * between them.
 *
 * <p>The thresholds are read from the running recordings' settings whenever a recording changes
 * state ({@link #refresh()}). Until the first refresh, and for a recording whose threshold cannot
 * be read, nothing is skipped. A recording started while calls run may miss the calls of the moment
 * between its start and the refresh that follows it. Thread-safe: the hot path reads two volatile
 * fields.
 */
public final class EventGate {
  /** Name of the phase event type, whose {@code #threshold} setting is read. */
  static final String PHASE = "dev.boundarytracer.Phase";

  /** Name of the operation event type. */
  static final String OPERATION = "dev.boundarytracer.Operation";

  // Half the smallest threshold in force, in nanoseconds; 0 skips nothing. Read by the slots
  // directly (a field read, not a call: the slots' code paths on entry and exit stay alike).
  static volatile long phaseSkipBelowNanos;
  static volatile long operationSkipBelowNanos;

  private EventGate() {}

  /**
   * Reads the thresholds of the phase and operation events from the running recordings. Called when
   * JFR is initialised and whenever a recording changes state.
   */
  public static void refresh() {
    long phase = Long.MAX_VALUE;
    long operation = Long.MAX_VALUE;
    for (Recording r : FlightRecorder.getFlightRecorder().getRecordings()) {
      if (r.getState() == RecordingState.RUNNING) {
        Map<String, String> settings = r.getSettings();
        phase = Math.min(phase, thresholdNanos(settings, PHASE));
        operation = Math.min(operation, thresholdNanos(settings, OPERATION));
      }
    }
    phaseSkipBelowNanos = skipBelow(phase);
    operationSkipBelowNanos = skipBelow(operation);
  }

  /**
   * @return the duration below which a phase event's end is skipped now, in nanoseconds, >= 0
   */
  public static long phaseSkipBelowNanos() {
    return phaseSkipBelowNanos;
  }

  /**
   * @return the duration below which an operation event's end is skipped now, in nanoseconds, >= 0
   */
  public static long operationSkipBelowNanos() {
    return operationSkipBelowNanos;
  }

  /**
   * The threshold one recording's settings give an event type.
   *
   * @param settings a recording's settings ({@code name#key} to value)
   * @param event the event type's name
   * @return the threshold in nanoseconds; {@link Long#MAX_VALUE} when the recording does not enable
   *     the event; 0 when the threshold is not set or cannot be read
   */
  static long thresholdNanos(Map<String, String> settings, String event) {
    if (!"true".equals(settings.get(event + "#enabled"))) {
      return Long.MAX_VALUE;
    }
    String threshold = settings.get(event + "#threshold");
    return threshold == null ? 0 : parseNanos(threshold);
  }

  /**
   * Parses a JFR timespan setting such as {@code 10 ms}, {@code 0 ns} or {@code 1s}.
   *
   * @param value the setting's value
   * @return nanoseconds, or 0 when the value cannot be read (nothing is then skipped)
   */
  static long parseNanos(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    int unit = 0;
    while (unit < v.length() && Character.isDigit(v.charAt(unit))) {
      unit++;
    }
    if (unit == 0 || unit > 12) {
      return 0;
    }
    long n = Long.parseLong(v.substring(0, unit));
    switch (v.substring(unit).trim()) {
      case "ns":
        return n;
      case "us":
        return n * 1_000L;
      case "ms":
        return n * 1_000_000L;
      case "s":
        return n * 1_000_000_000L;
      case "m":
        return n * 60_000_000_000L;
      case "h":
        return n * 3_600_000_000_000L;
      case "d":
        return n * 86_400_000_000_000L;
      default:
        return 0;
    }
  }

  private static long skipBelow(long thresholdNanos) {
    // No recording enables the event: nothing is begun, so nothing is skipped either.
    return thresholdNanos == Long.MAX_VALUE ? 0 : thresholdNanos / 2;
  }
}
