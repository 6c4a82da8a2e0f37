package dev.boundarytracer.agent.analyze;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes the analysis as an HdrHistogram interval log: one tagged interval histogram per
 * (operation, phase) and second, values in nanoseconds, tag {@code operation/PHASE} (whitespace and
 * commas in an operation name become {@code _}). HdrHistogram's {@code HistogramLogReader} and
 * {@code HistogramLogProcessor} (with {@code -tag}) read it.
 */
public final class HlogExport {
  private static final long INTERVAL_MILLIS = 1000;

  private HlogExport() {}

  /**
   * The tag of an (operation, phase) key in the log.
   *
   * @param key {@code operation/PHASE}
   * @return the key with whitespace and commas replaced by {@code _}
   */
  public static String tag(String key) {
    return key.replaceAll("[\\s,]", "_");
  }

  /**
   * Writes the log.
   *
   * @param analysis the analysis, not null
   * @param out where to write; flushed, left open
   */
  public static void write(Analysis analysis, OutputStream out) {
    PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
    HistogramLogWriter writer = new HistogramLogWriter(print);
    List<Histogram> all = new ArrayList<>();
    for (Map.Entry<String, java.util.NavigableMap<Long, Histogram>> e :
        analysis.intervals().entrySet()) {
      String tag = tag(e.getKey());
      for (Map.Entry<Long, Histogram> interval : e.getValue().entrySet()) {
        Histogram h = interval.getValue().copy();
        long startMillis = interval.getKey() / 1_000_000L;
        h.setTag(tag);
        h.setStartTimeStamp(startMillis);
        h.setEndTimeStamp(startMillis + INTERVAL_MILLIS);
        all.add(h);
      }
    }
    all.sort(
        Comparator.comparingLong(Histogram::getStartTimeStamp).thenComparing(Histogram::getTag));
    long baseMillis = analysis.startNanos() / 1_000_000L;
    if (!all.isEmpty()) {
      baseMillis = Math.min(baseMillis, all.get(0).getStartTimeStamp());
    }
    writer.outputComment("boundary-tracer: phase durations in nanoseconds, tag operation/PHASE");
    writer.outputLogFormatVersion();
    writer.setBaseTime(baseMillis);
    writer.outputBaseTime(baseMillis);
    writer.outputStartTime(baseMillis);
    writer.outputLegend();
    for (Histogram h : all) {
      writer.outputIntervalHistogram(h);
    }
    print.flush();
  }
}
