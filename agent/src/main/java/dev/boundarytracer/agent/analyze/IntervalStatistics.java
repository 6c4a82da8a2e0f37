package dev.boundarytracer.agent.analyze;

import dev.boundarytracer.snapshot.DurationStats;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import org.HdrHistogram.Histogram;

/**
 * The {@code dev.boundarytracer.PhaseStatistics} events of one (operation, phase), summed: the
 * source of the distribution when per-call events fall below their threshold. Each interval's
 * histogram (HdrHistogram's compressed form in base64, in the event's histogram field) is merged; a
 * recording without that field gives approximate percentiles: p50 the call-weighted mean of the
 * intervals' medians, p90 and p99 the largest interval p99. Not thread-safe.
 */
final class IntervalStatistics {
  private static final long PERIOD_NANOS = 1_000_000_000L;
  private final Histogram merged = new Histogram(DurationAccumulator.SIGNIFICANT_DIGITS);
  private long count;
  private double sumNanos;
  private long maxNanos;
  private double weightedP50;
  private long p99Max;
  private long intervalsWithoutHistogram;
  private final NavigableMap<Long, Histogram> intervals = new TreeMap<>();

  /** Adds one {@code dev.boundarytracer.PhaseStatistics} event. */
  void add(RecordedEvent e) {
    long n = e.getLong("count");
    count += n;
    sumNanos += (double) e.getLong("mean") * n;
    maxNanos = Math.max(maxNanos, e.getLong("max"));
    weightedP50 += (double) e.getLong("p50") * n;
    p99Max = Math.max(p99Max, e.getLong("p99"));
    Histogram h = histogramOf(e);
    if (h == null) {
      intervalsWithoutHistogram++;
    } else {
      merged.add(h);
      long endNanos = Instants.nanos(e.getEndTime());
      intervals.merge(
          endNanos - PERIOD_NANOS,
          h,
          (a, b) -> {
            a.add(b);
            return a;
          });
    }
  }

  /** Each interval's histogram by its start, nanoseconds since the epoch (1 s before the event). */
  NavigableMap<Long, Histogram> intervals() {
    return intervals;
  }

  long count() {
    return count;
  }

  /** Whether some interval lacked its histogram, so that the percentiles are approximate. */
  boolean approximate() {
    return intervalsWithoutHistogram > 0;
  }

  /** The intervals' histograms merged (empty when the recording has none). */
  Histogram histogram() {
    return merged;
  }

  DurationStats stats() {
    long sum = Math.round(sumNanos);
    if (!approximate()) {
      return DurationAccumulator.stats(count, sum, merged.getMinValue(), maxNanos, merged);
    }
    if (count == 0) {
      return new DurationStats(0, 0, 0, 0, 0, 0, 0);
    }
    long p50 = Math.min(maxNanos, Math.round(weightedP50 / count));
    long p99 = Math.min(maxNanos, p99Max);
    return new DurationStats(count, sum, Math.min(p50, maxNanos), p50, p99, p99, maxNanos);
  }

  /** The interval's histogram, or null when the event has no histogram field or it is empty. */
  static Histogram histogramOf(RecordedEvent e) {
    String field = histogramField(e);
    if (field == null) {
      return null;
    }
    String encoded = e.getString(field);
    if (encoded == null || encoded.isEmpty()) {
      return null;
    }
    try {
      return Histogram.decodeFromCompressedByteBuffer(
          ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), 0);
    } catch (DataFormatException | IllegalArgumentException e1) {
      return null;
    }
  }

  private static String histogramField(RecordedEvent e) {
    for (ValueDescriptor d : e.getFields()) {
      if (d.getTypeName().equals("java.lang.String")
          && d.getName().toLowerCase(java.util.Locale.ROOT).contains("histogram")) {
        return d.getName();
      }
    }
    return null;
  }
}
