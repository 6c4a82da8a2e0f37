package dev.boundarytracer.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

/**
 * The live report as JSON lines: one object per interval on one line, so the file can be tailed and
 * loaded by any tool. Keys: {@code time} (ISO-8601 UTC), {@code intervalSeconds}, {@code cpuCores},
 * {@code heapUsedBytes}, {@code rssBytes} (-1 where unknown), {@code operations} (each {@code
 * name}, {@code calls}, {@code docs}, {@code errors}, {@code opsPerSecond}, {@code docsPerSecond},
 * {@code totalCalls}, {@code lockHeldRatio}, {@code phases} by phase name with {@code calls},
 * {@code p50Nanos}, {@code p99Nanos}) and {@code newRedFlags} (each {@code subject}, {@code id},
 * {@code severity}, {@code phase} or null, {@code message}).
 */
final class IntervalJson {
  private static final JsonFactory JSON = new JsonFactory();

  private IntervalJson() {}

  /**
   * @param f the interval, not null
   * @return one line of JSON, ending in {@code \n}
   */
  static String format(IntervalFigures f) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("time", Instant.ofEpochMilli(f.epochMillis()).toString());
      g.writeNumberField("intervalSeconds", f.intervalSeconds());
      g.writeNumberField("cpuCores", f.cpuCores());
      g.writeNumberField("heapUsedBytes", f.heapUsedBytes());
      g.writeNumberField("rssBytes", f.rssBytes());
      g.writeArrayFieldStart("operations");
      for (IntervalFigures.Operation op : f.operations()) {
        g.writeStartObject();
        g.writeStringField("name", op.name());
        g.writeNumberField("calls", op.calls());
        g.writeNumberField("docs", op.docs());
        g.writeNumberField("errors", op.errors());
        g.writeNumberField("opsPerSecond", op.calls() / f.intervalSeconds());
        g.writeNumberField("docsPerSecond", op.docs() / f.intervalSeconds());
        g.writeNumberField("totalCalls", op.totalCalls());
        g.writeNumberField("lockHeldRatio", op.lockHeldRatio());
        g.writeObjectFieldStart("phases");
        for (IntervalFigures.PhaseFigures p : op.phases()) {
          g.writeObjectFieldStart(p.phase().name());
          g.writeNumberField("calls", p.calls());
          g.writeNumberField("p50Nanos", p.p50Nanos());
          g.writeNumberField("p99Nanos", p.p99Nanos());
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("newRedFlags");
      for (IntervalFigures.NewFlag n : f.newRedFlags()) {
        g.writeStartObject();
        g.writeStringField("subject", n.subject());
        g.writeStringField("id", n.flag().id());
        g.writeStringField("severity", n.flag().severity().name());
        g.writeStringField(
            "phase",
            n.flag().phase() == null ? null : n.flag().phase().name().toUpperCase(Locale.ROOT));
        g.writeStringField("message", n.flag().message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
