package dev.boundarytracer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigLoader;
import dev.boundarytracer.jfr.JfrSink;
import dev.boundarytracer.report.JsonReportSink;
import dev.boundarytracer.report.JsonRewriteSink;
import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.report.TextReportSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SinksTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void everyConfiguredOutputIsOneSinkInExitOrder() {
    List<ProfileSink> sinks = sinks("json=r.json;snapshotInterval=5s");
    assertEquals(
        List.of(JsonReportSink.class, JsonRewriteSink.class, TextReportSink.class, JfrSink.class),
        sinks.stream().map(Object::getClass).toList());
    assertEquals(
        List.of(false, true, false, false),
        sinks.stream().map(ProfileSink::wantsPeriodic).toList(),
        "only the rewrite wants periodic snapshots");
    assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void withoutJsonTheTextReportAndJfrRemain() {
    assertEquals(
        List.of(TextReportSink.class, JfrSink.class),
        sinks("report=off").stream().map(Object::getClass).toList());
  }

  @Test
  void snapshotIntervalWithoutJsonSaysWhyNothingIsRewritten() {
    List<ProfileSink> sinks = sinks("snapshotInterval=5s");
    assertTrue(sinks.stream().noneMatch(ProfileSink::wantsPeriodic));
    String said = errBytes.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("boundary.snapshotInterval needs boundary.json"), said);
  }

  private List<ProfileSink> sinks(String agentArgs) {
    BoundaryConfig config = ConfigLoader.load(agentArgs, new Properties(), Map.of(), err);
    return Sinks.configured(config, () -> null, err);
  }
}
