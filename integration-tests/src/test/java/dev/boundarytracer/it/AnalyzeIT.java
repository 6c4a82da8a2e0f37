package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.PlainMain;
import dev.boundarytracer.it.support.AgentCli;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.Java25;
import dev.boundarytracer.it.support.JcmdRecording;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.ReportAgreement;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordingFile;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code java -jar boundary-agent.jar analyze}: the report from a recording alone agrees with the
 * agent's own JSON of the same run, for the recording the agent wrote and for one a user started
 * with {@code jcmd}; the interval log reads back; unusable input is refused cleanly.
 */
class AnalyzeIT {

  @ParameterizedTest
  @ValueSource(strings = {"healthy", "contended", "serial"})
  void reportFromTheAgentsRecordingAgreesWithTheAgentsJson(String profile) throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava(profile);
    JsonNode analyzed = analyzeToJson(demo, "agent-" + profile);
    ReportAgreement.assertAgree(demo.json(), analyzed, "agent recording, " + profile);
  }

  @ParameterizedTest
  @ValueSource(strings = {"healthy", "contended", "serial"})
  void reportFromAJcmdRecordingAgreesWithTheAgentsJson(String profile) throws Exception {
    DemoRun demo = JcmdRecording.demo(profile);
    JsonNode analyzed = analyzeToJson(demo, "jcmd-" + profile);
    ReportAgreement.assertAgree(demo.json(), analyzed, "jcmd recording, " + profile);
  }

  @Test
  void aThresholdedRecordingCountsEveryCallFromTheStatisticsEvents() throws Exception {
    Path dir = Artifacts.freshWorkDir("analyze-thresholded");
    Path json = dir.resolve("report.json");
    Path jfr = dir.resolve("thresholded.jfr");
    Path settings = dir.resolve("thresholded.jfc");
    String shipped;
    try (java.util.jar.JarFile agent = new java.util.jar.JarFile(Artifacts.agentJar().toFile());
        InputStream in = agent.getInputStream(agent.getEntry("boundary.jfc"))) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // Per-call events only from 20 ms: most extract and materialize calls fall below.
    Files.writeString(
        settings,
        shipped.replaceAll(
            "<setting name=\"threshold\">[^<]*<", "<setting name=\"threshold\">20 ms<"));
    JvmRun demo =
        JvmLauncher.currentJava()
            .withAgent(Artifacts.agentJar(), "json=" + json)
            .withJvmArgs(
                "-XX:StartFlightRecording:settings=default,settings="
                    + settings
                    + ",filename="
                    + jfr)
            .withJar(Artifacts.demoJar())
            .withArgs(DemoRuns.SIZE)
            .withArgs("--profile", "healthy")
            .run(dir);
    assertEquals(0, demo.exitCode(), demo::describe);
    Path out = dir.resolve("analyzed.json");
    JvmRun run =
        AgentCli.run(dir, "analyze", jfr.toString(), "--format", "json", "--out", "analyzed.json");
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stderr().contains("from the per-second statistics events"), run::describe);
    JsonNode agent = JsonReports.read(json);
    JsonNode analyzed = JsonReports.read(out);
    Map<String, Long> expected = new TreeMap<>();
    Map<String, Long> actual = new TreeMap<>();
    for (JsonNode op : agent.path("operations")) {
      expected.put(op.path("name").asText(), op.path("count").asLong());
      for (JsonNode phase : op.path("phases")) {
        expected.put(
            op.path("name").asText() + "/" + phase.path("phase").asText(),
            phase.path("count").asLong());
      }
    }
    for (JsonNode op : analyzed.path("operations")) {
      actual.put(op.path("name").asText(), op.path("count").asLong());
      for (JsonNode phase : op.path("phases")) {
        actual.put(
            op.path("name").asText() + "/" + phase.path("phase").asText(),
            phase.path("count").asLong());
      }
    }
    System.out.println("[analyze/thresholded] " + run.stderr());
    assertEquals(expected, actual, "calls per operation and phase");
    if (statisticsCarryHistograms(jfr)) {
      ReportAgreement.assertPhasePercentilesAgree(agent, analyzed, "thresholded recording");
    } else {
      // Without the intervals' histograms the percentiles are approximate, and stderr says so.
      assertTrue(run.stderr().contains("percentiles approximate"), run::describe);
    }
  }

  /** Whether the recording's statistics events carry each interval's histogram. */
  private static boolean statisticsCarryHistograms(Path jfr) throws IOException {
    try (RecordingFile file = new RecordingFile(jfr)) {
      for (EventType type : file.readEventTypes()) {
        if (type.getName().equals("dev.boundarytracer.PhaseStatistics")) {
          return type.getFields().stream()
              .anyMatch(f -> f.getName().toLowerCase(java.util.Locale.ROOT).contains("histogram"));
        }
      }
    }
    return false;
  }

  @Test
  void aRecordingOfJava25AnalysedOnThisJavaAgreesWithItsJson() throws Exception {
    DemoRun demo = DemoRuns.run(JvmLauncher.javaHome(Java25.homeOrSkip()), "java25", "healthy");
    JsonNode analyzed = analyzeToJson(demo, "java25-healthy");
    ReportAgreement.assertAgree(demo.json(), analyzed, "Java 25 recording, healthy");
  }

  @Test
  void htmlPageHoldsJmcsRuleResults() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("contended");
    Path dir = Artifacts.freshWorkDir("analyze-html");
    Path page = dir.resolve("rules.html");
    JvmRun run =
        AgentCli.run(
            dir, "analyze", demo.jfrPath().toString(), "--format", "html", "--out", "rules.html");
    assertEquals(0, run.exitCode(), run::describe);
    String html = Files.readString(page);
    assertTrue(html.contains("<title>Automated Analysis Result Overview"), "not JMC's page");
    long rules = html.split("class=\"rule_name\"", -1).length - 1L;
    System.out.println("[analyze/html] " + rules + " rule results");
    assertTrue(rules >= 20, rules + " rule results");
    assertTrue(html.contains("name=\"HighGc_name\""), "JMC's GC pressure rule missing");
    for (String rule :
        List.of(
            "Boundary: Lock-Held Ratio",
            "Boundary: Convert Parallelism",
            "Boundary: Extract Cost per Document")) {
      assertTrue(html.contains(rule), rule + " missing from the page");
    }
  }

  @Test
  void textReportNamesEveryOperationAndFlag() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("contended");
    Path dir = Artifacts.freshWorkDir("analyze-text");
    JvmRun run = AgentCli.run(dir, "analyze", demo.jfrPath().toString());
    assertEquals(0, run.exitCode(), run::describe);
    String text = run.stdout();
    for (String op : JsonReports.operations(demo.json()).keySet()) {
      assertTrue(text.contains("\n" + op + " ("), "no section for " + op + ":\n" + text);
    }
    for (String flag : JsonReports.flags(demo.json())) {
      String id = flag.split("/")[1];
      assertTrue(text.contains(id), "no " + id + " in:\n" + text);
    }
  }

  @Test
  void intervalLogReadsBackWithHdrHistogramsReader() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("healthy");
    Path dir = Artifacts.freshWorkDir("analyze-hlog");
    Path hlog = dir.resolve("phases.hlog");
    JvmRun run =
        AgentCli.run(
            dir, "analyze", demo.jfrPath().toString(), "--out", "r.txt", "--hlog", hlog.toString());
    assertEquals(0, run.exitCode(), run::describe);
    Map<String, Long> counts = new TreeMap<>();
    long intervals = 0;
    try (InputStream in = new FileInputStream(hlog.toFile())) {
      HistogramLogReader reader = new HistogramLogReader(in);
      for (EncodableHistogram h = reader.nextIntervalHistogram();
          h != null;
          h = reader.nextIntervalHistogram()) {
        intervals++;
        org.HdrHistogram.Histogram histogram = (org.HdrHistogram.Histogram) h;
        counts.merge(h.getTag(), histogram.getTotalCount(), Long::sum);
        assertTrue(h.getEndTimeStamp() > h.getStartTimeStamp(), "interval times of " + h.getTag());
      }
    }
    Map<String, Long> expected = new TreeMap<>();
    for (JsonNode op : demo.json().path("operations")) {
      for (JsonNode phase : op.path("phases")) {
        expected.put(
            op.path("name").asText() + "/" + phase.path("phase").asText(),
            phase.path("count").asLong());
      }
    }
    System.out.println("[analyze/hlog] " + intervals + " intervals, counts " + counts);
    assertEquals(expected, counts, "calls per tag in the interval log against the JSON's");
  }

  @Test
  void aDirectoryIsRefused() throws Exception {
    Path dir = Artifacts.freshWorkDir("analyze-dir");
    assertRefused(dir, dir.toString(), "is a directory");
  }

  @Test
  void aMissingFileIsRefused() throws Exception {
    Path dir = Artifacts.freshWorkDir("analyze-missing");
    assertRefused(dir, dir.resolve("none.jfr").toString(), "does not exist");
  }

  @Test
  void aTruncatedRecordingIsRefused() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("healthy");
    Path dir = Artifacts.freshWorkDir("analyze-truncated");
    byte[] whole = Files.readAllBytes(demo.jfrPath());
    Path cut = dir.resolve("cut.jfr");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertRefused(dir, cut.toString(), "truncated");
  }

  @Test
  void aRecordingWithoutBoundaryEventsIsRefused() throws Exception {
    Path dir = Artifacts.freshWorkDir("analyze-plain");
    Path jfr = dir.resolve("plain.jfr");
    JvmRun plain =
        JvmLauncher.currentJava()
            .withJvmArgs("-XX:StartFlightRecording:settings=default,filename=" + jfr)
            .withMainClass(PlainMain.class, Artifacts.testClasses())
            .run(dir);
    assertEquals(0, plain.exitCode(), plain::describe);
    assertRefused(dir, jfr.toString(), "holds no boundary-tracer events");
  }

  @Test
  void aBadTimeIsRefused() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("healthy");
    Path dir = Artifacts.freshWorkDir("analyze-bad-time");
    JvmRun run =
        AgentCli.run(
            dir, "analyze", demo.jfrPath().toString(), "--from", "yesterday", "--out", "r.txt");
    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.stderr().contains("--from yesterday: expected"), run::describe);
    assertFalse(Files.exists(dir.resolve("r.txt")), "a report was written");
  }

  @Test
  void aWindowKeepsOnlyItsCalls() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("healthy");
    Path dir = Artifacts.freshWorkDir("analyze-window");
    JvmRun run =
        AgentCli.run(
            dir,
            "analyze",
            demo.jfrPath().toString(),
            "--format",
            "json",
            "--out",
            "w.json",
            "--to",
            "0s");
    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.stderr().contains("between --from and --to"), run::describe);
    assertFalse(Files.exists(dir.resolve("w.json")), "a report was written");
  }

  /** Runs analyze on {@code input}: exit 1, one stderr line with {@code cue}, no file written. */
  private static void assertRefused(Path dir, String input, String cue) throws Exception {
    Path out = dir.resolve("report-out.json");
    Path hlog = dir.resolve("out.hlog");
    JvmRun run =
        AgentCli.run(
            dir,
            "analyze",
            input,
            "--format",
            "json",
            "--out",
            out.toString(),
            "--hlog",
            hlog.toString(),
            "--flame",
            dir.resolve("flame.html").toString());
    assertEquals(1, run.exitCode(), run::describe);
    List<String> lines = run.stderr().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), "one stderr line:\n" + run.stderr());
    assertTrue(lines.get(0).contains(cue), "'" + cue + "' in: " + lines.get(0));
    assertFalse(Files.exists(out), "report written");
    assertFalse(Files.exists(hlog), "interval log written");
    assertFalse(Files.exists(dir.resolve("flame.html")), "flame graph written");
  }

  private static JsonNode analyzeToJson(DemoRun demo, String name)
      throws IOException, InterruptedException {
    Path dir = Artifacts.freshWorkDir("analyze-" + name);
    Path out = dir.resolve("analyzed.json");
    JvmRun run =
        AgentCli.run(
            dir, "analyze", demo.jfrPath().toString(), "--format", "json", "--out", out.toString());
    assertEquals(0, run.exitCode(), run::describe);
    return JsonReports.read(out);
  }
}
