package dev.boundarytracer.report;

import static dev.boundarytracer.report.ReportFixtures.findWithoutDocs;
import static dev.boundarytracer.report.ReportFixtures.insertMany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.JvmSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> STATS_KEYS =
      List.of("count", "sum", "mean", "min", "p50", "p90", "p99", "max");

  private static JsonNode parse(ProfileSnapshot s) throws IOException {
    return MAPPER.readTree(JsonReport.toJson(s));
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  private static void assertHasKeys(JsonNode node, List<String> expected) {
    List<String> actual = keys(node);
    assertTrue(actual.containsAll(expected), () -> "missing keys: " + expected + " vs " + actual);
  }

  private static void assertStats(JsonNode node, DurationStats stats) {
    assertHasKeys(node, STATS_KEYS);
    assertEquals(stats.count(), node.get("count").longValue());
    assertEquals(stats.sumNanos(), node.get("sum").longValue());
    assertEquals(stats.meanNanos(), node.get("mean").doubleValue(), 1e-9);
    assertEquals(stats.minNanos(), node.get("min").longValue());
    assertEquals(stats.p50Nanos(), node.get("p50").longValue());
    assertEquals(stats.p90Nanos(), node.get("p90").longValue());
    assertEquals(stats.p99Nanos(), node.get("p99").longValue());
    assertEquals(stats.maxNanos(), node.get("max").longValue());
    for (String key : STATS_KEYS) {
      assertTrue(node.get(key).isNumber(), key);
    }
  }

  @Test
  void writesEveryOperationKeyWithItsValue() throws IOException {
    OperationSnapshot op = insertMany().build();
    JsonNode root = parse(OperationFixture.profile(op));
    assertEquals(List.of("operations", "jvm", "locks", "unmatchedPointcuts"), keys(root));
    assertEquals(0, root.get("unmatchedPointcuts").size());
    assertTrue(root.get("operations").isArray());
    assertEquals(1, root.get("operations").size());

    JsonNode json = root.get("operations").get(0);
    assertHasKeys(
        json,
        List.of(
            "name",
            "count",
            "errors",
            "docs",
            "docsPerOperation",
            "perDocNanos",
            "opsPerSecond",
            "docsPerSecond",
            "lockHeldRatio",
            "lockHeldNanos",
            "amdahlCeiling",
            "lockReleases",
            "parallelCount",
            "allocatedBytes",
            "activeNanos",
            "totalNanos",
            "phases",
            "redFlags"));
    assertEquals("insert_many", json.get("name").textValue());
    assertEquals(2400, json.get("count").longValue());
    assertEquals(0, json.get("errors").longValue());
    assertEquals(2_400_000, json.get("docs").longValue());
    assertTrue(json.get("count").isIntegralNumber());
    assertEquals(1000.0, json.get("docsPerOperation").doubleValue(), 1e-9);
    assertEquals(8322.0, json.get("perDocNanos").doubleValue(), 1e-9);
    assertEquals(120.5, json.get("opsPerSecond").doubleValue(), 1e-6);
    assertEquals(120_500, json.get("docsPerSecond").doubleValue(), 1e-3);
    assertEquals(0.204, json.get("lockHeldRatio").doubleValue(), 1e-9);
    assertEquals(op.lockHeldNanos(), json.get("lockHeldNanos").longValue());
    assertTrue(json.get("amdahlCeiling").isNumber());
    assertEquals(1 / 0.204, json.get("amdahlCeiling").doubleValue(), 1e-6);
    assertEquals(4800, json.get("lockReleases").longValue());
    assertEquals(2400, json.get("parallelCount").longValue());
    assertHasKeys(json.get("allocatedBytes"), List.of("mean", "max"));
    assertEquals(1_258_291.0, json.get("allocatedBytes").get("mean").doubleValue(), 1e-9);
    assertEquals(1_572_864, json.get("allocatedBytes").get("max").longValue());
    assertEquals(op.activeNanos(), json.get("activeNanos").longValue());
    assertStats(json.get("totalNanos"), op.totalNanos());
  }

  @Test
  void writesPhasesWithEnumNamesLockAndDistribution() throws IOException {
    OperationSnapshot op = insertMany().build();
    JsonNode phases = parse(OperationFixture.profile(op)).get("operations").get(0).get("phases");
    assertTrue(phases.isArray());
    assertEquals(4, phases.size());
    List<String> names = new ArrayList<>();
    List<String> locks = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      JsonNode phase = phases.get(i);
      assertHasKeys(phase, List.of("phase", "lock", "count", "errors", "nanos"));
      names.add(phase.get("phase").textValue());
      locks.add(phase.get("lock").textValue());
      assertEquals(2400, phase.get("count").longValue());
      assertEquals(0, phase.get("errors").longValue());
      assertStats(phase.get("nanos"), op.phases().get(i).nanos());
    }
    assertEquals(List.of("EXTRACT", "CONVERT", "NETWORK", "MATERIALIZE"), names);
    assertEquals(List.of("HELD", "RELEASED", "RELEASED", "HELD"), locks);
  }

  @Test
  void writesRedFlagsWithNullPhaseForOperationLevelFlags() throws IOException {
    OperationSnapshot op =
        insertMany()
            .phase(Phase.EXTRACT, LockUse.HELD, 0, ReportFixtures.micros(6000, 6000, 6000, 6000))
            .lockReleases(0)
            .build();
    ProfileSnapshot flagged =
        RedFlagRules.withRedFlags(OperationFixture.profile(op), Thresholds.DEFAULTS);
    JsonNode flags = parse(flagged).get("operations").get(0).get("redFlags");
    assertTrue(flags.isArray());
    assertEquals(2, flags.size());

    JsonNode extract = flags.get(0);
    assertHasKeys(extract, List.of("id", "severity", "phase", "message", "recommendation"));
    assertEquals("EXTRACT_SLOW", extract.get("id").textValue());
    assertEquals("CRITICAL", extract.get("severity").textValue());
    assertEquals("EXTRACT", extract.get("phase").textValue());
    assertEquals(
        flagged.operations().get(0).redFlags().get(0).message(),
        extract.get("message").textValue());

    JsonNode release = flags.get(1);
    assertEquals("NO_LOCK_RELEASE", release.get("id").textValue());
    assertTrue(release.has("phase"));
    assertTrue(release.get("phase").isNull());
    assertTrue(release.get("recommendation").textValue().contains("py.allow_threads()"));
  }

  @Test
  void writesNullAmdahlCeilingWhenLockIsNeverHeld() throws IOException {
    JsonNode json = parse(OperationFixture.profile(findWithoutDocs())).get("operations").get(0);
    assertTrue(json.has("amdahlCeiling"));
    assertTrue(json.get("amdahlCeiling").isNull());
    assertEquals(0.0, json.get("lockHeldRatio").doubleValue());
    assertEquals(0, json.get("docs").longValue());
    assertEquals(0.0, json.get("perDocNanos").doubleValue());
  }

  @Test
  void writesJvmFigures() throws IOException {
    JsonNode jvm = parse(OperationFixture.profile()).get("jvm");
    assertEquals(
        List.of(
            "uptimeMillis",
            "cpuSeconds",
            "heapUsedStartBytes",
            "heapUsedEndBytes",
            "heapUsedPeakBytes",
            "rssPeakBytes",
            "javaVersion",
            "suppressedErrors"),
        keys(jvm));
    assertEquals(12_400, jvm.get("uptimeMillis").longValue());
    assertEquals(20.1, jvm.get("cpuSeconds").doubleValue(), 1e-12);
    assertEquals(50L << 20, jvm.get("heapUsedStartBytes").longValue());
    assertEquals(120L << 20, jvm.get("heapUsedEndBytes").longValue());
    assertEquals(210L << 20, jvm.get("heapUsedPeakBytes").longValue());
    assertEquals(340L << 20, jvm.get("rssPeakBytes").longValue());
    assertEquals("17.0.15", jvm.get("javaVersion").textValue());
    assertEquals(0, jvm.get("suppressedErrors").longValue());
    assertTrue(parse(OperationFixture.profile()).get("operations").isEmpty());
  }

  @Test
  void writesNullInsteadOfNanOrInfinity() throws IOException {
    JvmSnapshot odd = new JvmSnapshot(1, Double.NaN, 0, 0, 0, -1, null, 0);
    JsonNode jvm = parse(new ProfileSnapshot(List.of(), odd)).get("jvm");
    assertTrue(jvm.get("cpuSeconds").isNull());
    assertTrue(jvm.get("javaVersion").isNull());
    JvmSnapshot infinite = new JvmSnapshot(1, Double.POSITIVE_INFINITY, 0, 0, 0, -1, "17", 0);
    assertTrue(
        parse(new ProfileSnapshot(List.of(), infinite)).get("jvm").get("cpuSeconds").isNull());
  }

  @Test
  void writesToGivenWriterWithoutClosingIt() throws IOException {
    StringWriter target = new StringWriter();
    boolean[] closed = {false};
    Writer writer =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            target.write(buf, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ProfileSnapshot s = OperationFixture.profile(insertMany().build());
    JsonReport.write(s, writer);
    assertEquals(JsonReport.toJson(s), target.toString());
    assertTrue(target.toString().endsWith("}\n"));
    assertEquals(false, closed[0]);
    MAPPER.readTree(target.toString());
  }

  @Test
  void listsTheUnmatchedPointcutsInOrder() throws IOException {
    ProfileSnapshot s =
        new ProfileSnapshot(
            List.of(),
            OperationFixture.jvm(),
            List.of(),
            List.of("p.txt:2 phase CONVERT a.B#c", "p.txt:5 x"));
    JsonNode unmatched = parse(s).get("unmatchedPointcuts");
    assertEquals(2, unmatched.size());
    assertEquals("p.txt:2 phase CONVERT a.B#c", unmatched.get(0).asText());
    assertEquals("p.txt:5 x", unmatched.get(1).asText());
  }
}
