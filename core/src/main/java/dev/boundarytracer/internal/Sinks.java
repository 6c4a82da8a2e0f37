package dev.boundarytracer.internal;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigKey;
import dev.boundarytracer.jfr.JfrSink;
import dev.boundarytracer.live.JmxSink;
import dev.boundarytracer.live.LiveReportSink;
import dev.boundarytracer.live.PrometheusSink;
import dev.boundarytracer.report.JsonReportSink;
import dev.boundarytracer.report.JsonRewriteSink;
import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.report.TextReportSink;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place where the runtime's outputs are listed: each configured {@link ProfileSink}, in the
 * order they are handed a snapshot (at exit: the JSON report, the text report, then the JFR
 * recording is stopped and written).
 */
final class Sinks {
  private Sinks() {}

  /**
   * The outputs the configuration asks for.
   *
   * @param config the merged configuration, not null
   * @param profile builds the current snapshot with red flags, not null
   * @param err where configuration problems are reported
   * @return never null
   */
  static List<ProfileSink> configured(
      BoundaryConfig config, Supplier<ProfileSnapshot> profile, PrintStream err) {
    List<ProfileSink> sinks = new ArrayList<>();
    String json = config.get(ConfigKey.JSON);
    if (json != null) {
      sinks.add(new JsonReportSink(Path.of(json)));
    }
    if (config.get(ConfigKey.SNAPSHOT_INTERVAL) != null) {
      if (json == null) {
        err.println(
            "[boundary-tracer] boundary.snapshotInterval needs boundary.json (the file to rewrite);"
                + " no periodic report is written");
      } else {
        sinks.add(new JsonRewriteSink(Path.of(json), err));
      }
    }
    sinks.add(new TextReportSink(config.get(ConfigKey.REPORT)));
    if (config.get(ConfigKey.REPORT_INTERVAL) != null) {
      sinks.add(
          new LiveReportSink(
              (long) config.number(ConfigKey.REPORT_INTERVAL),
              config.get(ConfigKey.REPORT_FORMAT),
              config.get(ConfigKey.REPORT),
              profile,
              err));
    }
    JmxSink jmx = new JmxSink(config.get(ConfigKey.JMX), profile, err);
    if (jmx.enabled()) {
      sinks.add(jmx);
    }
    String prometheus = config.get(ConfigKey.PROMETHEUS);
    if (prometheus != null) {
      sinks.add(new PrometheusSink(prometheus, profile, err));
    }
    sinks.add(
        new JfrSink(
            profile,
            config.get(ConfigKey.JFR),
            config.get(ConfigKey.JFR_SETTINGS),
            config.thresholds(),
            config.get(ConfigKey.LOCK_HOLD_THRESHOLD) == null
                ? -1
                : (long) config.number(ConfigKey.LOCK_HOLD_THRESHOLD)));
    return sinks;
  }
}
