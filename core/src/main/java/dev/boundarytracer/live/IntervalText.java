package dev.boundarytracer.live;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The live report's text block: one header line with the process figures, one line per operation
 * (interval throughput, per-phase p50/p99 of the interval, lock-held ratio, errors), one line per
 * red flag raised for the first time.
 */
final class IntervalText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private IntervalText() {}

  /**
   * @param f the interval, not null
   * @return the block, lines ending in {@code \n}
   */
  static String format(IntervalFigures f) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "[boundary-tracer] live %sZ  interval %.1fs  cpu %.2f cores  heap %s  rss %s%n",
            TIME.format(Instant.ofEpochMilli(f.epochMillis())),
            f.intervalSeconds(),
            f.cpuCores(),
            mib(f.heapUsedBytes()),
            mib(f.rssBytes())));
    for (IntervalFigures.Operation op : f.operations()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-20s %9.1f ops/s %11.1f docs/s  errors %d  lock-held %.1f%%",
              op.name(),
              op.calls() / f.intervalSeconds(),
              op.docs() / f.intervalSeconds(),
              op.errors(),
              op.lockHeldRatio() * 100));
      for (IntervalFigures.PhaseFigures p : op.phases()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %s p50 %s p99 %s",
                p.phase().name().toLowerCase(Locale.ROOT),
                millis(p.p50Nanos()),
                millis(p.p99Nanos())));
      }
      b.append('\n');
    }
    for (IntervalFigures.NewFlag n : f.newRedFlags()) {
      b.append("  new red flag ")
          .append(n.flag().severity())
          .append(' ')
          .append(n.subject())
          .append(' ')
          .append(n.flag().id())
          .append(": ")
          .append(n.flag().message())
          .append('\n');
    }
    return b.toString();
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3fms", nanos / 1e6);
  }

  private static String mib(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0fMiB", bytes / 1048576.0);
  }
}
