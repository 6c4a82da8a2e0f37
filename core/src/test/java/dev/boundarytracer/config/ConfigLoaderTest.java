package dev.boundarytracer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private String errLines() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static Properties props(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return p;
  }

  @Test
  void agentArgumentsBeatSystemPropertiesWhichBeatEnvironmentWhichBeatsTheFile(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("boundary.properties");
    Files.writeString(
        file,
        "boundary.json=from-file.json\nboundary.jfr=from-file.jfr\nreport=off\nthreshold.convert.parallelDocs=7\n");
    BoundaryConfig c =
        ConfigLoader.load(
            "json=from-args.json;config=" + file,
            props("boundary.json", "from-props.json", "boundary.jfr", "from-props.jfr"),
            Map.of("BOUNDARY_JFR", "from-env.jfr", "BOUNDARY_REPORT", "stdout"),
            err);
    assertEquals("from-args.json", c.get(ConfigKey.JSON));
    assertEquals("from-props.jfr", c.get(ConfigKey.JFR));
    assertEquals("stdout", c.get(ConfigKey.REPORT));
    assertEquals(7, c.thresholds().convertParallelMinDocs());
    assertEquals("", errLines());
  }

  @Test
  void unknownKeyGetsOneLineNamingItAndTheAcceptedKeys() {
    BoundaryConfig c =
        ConfigLoader.load("nosuchkey=1;json=r.json", new Properties(), Map.of(), err);
    String[] lines = errLines().strip().split("\n");
    assertEquals(1, lines.length, errLines());
    assertTrue(lines[0].startsWith("[boundary-tracer] unknown config key 'nosuchkey'"), lines[0]);
    assertTrue(lines[0].contains("threshold.extract.target"), lines[0]);
    assertEquals("r.json", c.get(ConfigKey.JSON), "the other keys still apply");
  }

  @Test
  void unknownKeyNearAnAcceptedOneSuggestsIt() {
    ConfigLoader.load("snapshotIntervall=10s", new Properties(), Map.of(), err);
    String line = errLines().strip();
    assertTrue(
        line.contains(
            "unknown config key 'snapshotIntervall' in agent arguments; did you mean"
                + " 'snapshotInterval'? accepted keys: "),
        line);
  }

  @Test
  void unknownKeyFarFromEveryAcceptedOneSuggestsNothing() {
    ConfigLoader.load("nosuchkey=1", new Properties(), Map.of(), err);
    assertTrue(!errLines().contains("did you mean"), errLines());
  }

  @Test
  void malformedValueKeepsTheDefaultAndSaysWhatIsAccepted() {
    BoundaryConfig c =
        ConfigLoader.load(null, props("boundary.threshold.extract.target", "fast"), Map.of(), err);
    assertEquals(1_000_000L, c.thresholds().extractTargetNanos());
    String line = errLines().strip();
    assertTrue(line.contains("boundary.threshold.extract.target='fast'"), line);
    assertTrue(line.contains("expected a duration"), line);
    assertTrue(line.contains("using the default 1ms"), line);
  }

  @Test
  void parsesDurationsRatiosAndCountsWithUnits() {
    BoundaryConfig c =
        ConfigLoader.load(
            "threshold.extract.target=250us;threshold.lockHeld.target=0.25;threshold.lockHeld.critical=45%;threshold.materialize.critical=1.5s",
            new Properties(), Map.of("BOUNDARY_THRESHOLD_LOCKRELEASES_TARGET", "3"), err);
    assertEquals(250_000L, c.thresholds().extractTargetNanos());
    assertEquals(0.25, c.thresholds().lockHeldTarget(), 1e-9);
    assertEquals(0.45, c.thresholds().lockHeldCritical(), 1e-9);
    assertEquals(1_500_000_000L, c.thresholds().materializeCriticalNanos());
    assertEquals(3.0, c.thresholds().lockReleasesTarget(), 1e-9);
    assertEquals("", errLines());
  }

  @Test
  void argumentWithoutEqualsSignIsReported() {
    ConfigLoader.load("json", new Properties(), Map.of(), err);
    assertTrue(errLines().contains("agent argument 'json' is not key=value"), errLines());
  }

  @Test
  void missingConfigFileIsReportedAndOtherSourcesApply() {
    BoundaryConfig c =
        ConfigLoader.load(
            "config=/no/such/file.properties;report=off", new Properties(), Map.of(), err);
    assertTrue(
        errLines().contains("config file /no/such/file.properties cannot be read"), errLines());
    assertEquals("off", c.get(ConfigKey.REPORT));
  }

  @Test
  void defaultsAreTheModelFigures() {
    assertEquals(
        dev.boundarytracer.flags.Thresholds.DEFAULTS, BoundaryConfig.defaults().thresholds());
  }
}
