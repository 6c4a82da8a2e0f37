package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import org.HdrHistogram.Histogram;

/**
 * Builds the agent's report from a recording alone.
 *
 * <p>Per (operation, phase) the distribution comes from the {@code dev.boundarytracer.Phase} events
 * when the recording holds every call (the shipped settings file), else from the per-second {@code
 * dev.boundarytracer.PhaseStatistics} events (the JDK's default settings with the per-call events
 * thresholded): whichever counted more calls. Operations come from {@code
 * dev.boundarytracer.Operation} events; the thresholds from {@code
 * dev.boundarytracer.Configuration} (the defaults when absent); the JVM figures from the JDK's
 * events (see {@link JvmFigures}); the designated locks from the lock events (see {@link
 * LockFigures}). Red flags are judged again with the agent's own rules.
 */
public final class RecordingAnalyzer {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private RecordingAnalyzer() {}

  /**
   * Analyses a recording.
   *
   * @param file a .jfr file, not null
   * @param window the part to analyse, not null ({@link TimeWindow#ALL} for all of it)
   * @return the analysis
   * @throws AnalyzeException when the file is unusable or holds no boundary events in the window
   */
  public static Analysis analyze(Path file, TimeWindow window) throws AnalyzeException {
    window.validate();
    long[] bounds = window.resolve(window.relative() ? firstEventNanos(file) : 0);
    Collector c = new Collector(bounds[0], bounds[1]);
    RecordingEvents.forEach(file, c::accept);
    if (c.boundaryEvents == 0) {
      throw new AnalyzeException(
          file
              + (c.boundaryEventsOutside > 0
                  ? " has no boundary-tracer events between --from and --to"
                  : " holds no boundary-tracer events (dev.boundarytracer.*): record with the"
                      + " agent's boundary.jfc settings, or with the agent running and jfr= set"));
    }
    return c.analysis();
  }

  /**
   * The start of the recording's earliest event, for windows given as times since the start.
   *
   * @return nanoseconds since the epoch, 0 for a recording without events
   */
  static long firstEventNanos(Path file) throws AnalyzeException {
    long[] first = {Long.MAX_VALUE};
    RecordingEvents.forEach(
        file, e -> first[0] = Math.min(first[0], Instants.nanos(e.getStartTime())));
    return first[0] == Long.MAX_VALUE ? 0 : first[0];
  }

  /** Sums the events of one pass. Not thread-safe. */
  private static final class Collector {
    final long fromNanos;
    final long toNanos;
    long startNanos = Long.MAX_VALUE;
    final Map<String, OperationCalls> operations = new TreeMap<>();
    final Map<String, NavigableMap<Long, Histogram>> intervals = new TreeMap<>();
    final JvmFigures jvm = new JvmFigures();
    final LockFigures locks = new LockFigures();
    final RecordedThresholds thresholds = new RecordedThresholds();
    long boundaryEvents;
    long boundaryEventsOutside;

    Collector(long fromNanos, long toNanos) {
      this.fromNanos = fromNanos;
      this.toNanos = toNanos;
    }

    void accept(RecordedEvent e) {
      String type = e.getEventType().getName();
      if (type.equals(Events.CONFIGURATION)) {
        thresholds.add(e); // in force whenever it was written
        return;
      }
      long end = Instants.nanos(e.getEndTime());
      boolean inside = end >= fromNanos && end <= toNanos;
      if (inside) {
        startNanos = Math.min(startNanos, Instants.nanos(e.getStartTime()));
      }
      if (!type.startsWith(Events.PREFIX)) {
        if (inside || JvmFigures.describesTheJvm(type)) {
          jvm.add(e);
        }
        return;
      }
      if (type.equals(Events.RED_FLAG) || type.equals("dev.boundarytracer.Task")) {
        return; // flags are judged again; tasks serve the flame graph
      }
      if (!inside) {
        boundaryEventsOutside++;
        return;
      }
      boundaryEvents++;
      switch (type) {
        case Events.OPERATION -> {
          operation(e.getString("operation")).addOperation(e);
          locks.addAcquiringThread(e);
          locks.addOperation(e);
        }
        case Events.PHASE -> {
          Phase phase = phase(e);
          if (phase != null) {
            operation(e.getString("operation")).addPhase(phase, e);
            locks.addAcquiringThread(e);
            interval(e, end).recordValue(Math.max(0, e.getDuration().toNanos()));
          }
        }
        case Events.PHASE_STATISTICS -> {
          Phase phase = phase(e);
          if (phase != null) {
            operation(e.getString("operation")).addStatistics(phase, e);
          }
        }
        case Events.LOCK_STATISTICS, Events.LOCK_HOLD -> locks.add(e);
        default -> boundaryEvents--;
      }
    }

    private OperationCalls operation(String name) {
      return operations.computeIfAbsent(name == null ? "" : name, OperationCalls::new);
    }

    private Histogram interval(RecordedEvent e, long endNanos) {
      long slot =
          startNanos + Math.floorDiv(endNanos - startNanos, INTERVAL_NANOS) * INTERVAL_NANOS;
      String key = e.getString("operation") + "/" + e.getString("phase");
      return intervals
          .computeIfAbsent(key, k -> new TreeMap<>())
          .computeIfAbsent(slot, s -> new Histogram(DurationAccumulator.SIGNIFICANT_DIGITS));
    }

    private static Phase phase(RecordedEvent e) {
      try {
        return Phase.valueOf(e.getString("phase"));
      } catch (IllegalArgumentException | NullPointerException unknown) {
        return null;
      }
    }

    Analysis analysis() {
      List<String> notes = new ArrayList<>();
      List<OperationSnapshot> ops = new ArrayList<>();
      long waitNanos = 0;
      for (OperationCalls op : operations.values()) {
        OperationSnapshot s = op.snapshot();
        ops.add(s);
        if (op.statisticsCalls() > op.totalNanos.count() && op.totalNanos.count() > 0) {
          notes.add(
              op.name
                  + ": "
                  + op.totalNanos.count()
                  + " of "
                  + s.count()
                  + " calls have an Operation event (threshold); documents, lock and allocation"
                  + " figures scaled up from them, the total's percentiles are theirs");
        }
        waitNanos += s.locks().waitNanos();
        for (Phase phase : Phase.values()) {
          if (op.fromStatistics(phase)) {
            IntervalStatistics stats = op.statistics.get(phase);
            notes.add(
                op.name
                    + " "
                    + phase
                    + ": "
                    + stats.count()
                    + " calls from the per-second statistics events ("
                    + (op.phases.get(phase) == null ? 0 : op.phases.get(phase).count())
                    + " per-call events above their threshold)"
                    + (stats.approximate() ? "; percentiles approximate" : ""));
            intervals.put(op.name + "/" + phase, statisticsIntervals(op, phase));
          }
        }
      }
      if (!thresholds.recorded()) {
        notes.add("the recording carries no thresholds; the defaults were used");
      }
      ProfileSnapshot raw =
          new ProfileSnapshot(ops, jvm.snapshot(), locks.snapshots(waitNanos), List.of());
      ProfileSnapshot flagged = RedFlagRules.withRedFlags(raw, thresholds.thresholds());
      long start = startNanos == Long.MAX_VALUE ? 0 : startNanos;
      return new Analysis(flagged, thresholds.thresholds(), List.copyOf(notes), intervals, start);
    }

    private static NavigableMap<Long, Histogram> statisticsIntervals(OperationCalls op, Phase p) {
      return op.statistics.get(p).intervals();
    }
  }
}
