package dev.boundarytracer.demo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.demo.config.DemoConfig;
import dev.boundarytracer.demo.config.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final StringWriter err = new StringWriter();

  @Test
  void defaultsAreFourThreadsBatch1000HealthyOpsBoundSyntheticEmbedded() {
    DemoConfig config = parse();
    assertEquals(4, config.threads());
    assertEquals(1000, config.batch());
    assertEquals(Profile.HEALTHY, config.profile());
    assertFalse(config.runLength().timed());
    assertEquals(DemoConfig.DEFAULT_OPS_PER_WORKER, config.runLength().opsPerWorker());
    assertNull(config.input());
    assertNull(config.jdbcUrl());
    assertEquals(Duration.ofSeconds(2), config.reportInterval());
    assertEquals(DemoConfig.DEFAULT_PRELOAD_ROWS, config.preloadRows());
    assertEquals(0, config.warmupDocs());
  }

  @Test
  void parsesEveryOption() throws Exception {
    Path input = Files.writeString(dir.resolve("docs.jsonl"), "{\"a\": 1}\n");
    DemoConfig config =
        parse(
            "--threads",
            "2",
            "--ops",
            "60",
            "--batch",
            "500",
            "--profile",
            "contended",
            "--input",
            input.toString(),
            "--jdbc-url",
            "jdbc:h2:mem:x",
            "--seed",
            "9",
            "--report-interval",
            "500ms",
            "--phase-stats",
            "--preload",
            "5000",
            "--warmup-docs",
            "100");
    assertEquals(2, config.threads());
    assertEquals(60, config.runLength().opsPerWorker());
    assertEquals(500, config.batch());
    assertEquals(Profile.CONTENDED, config.profile());
    assertEquals(input, config.input());
    assertEquals("jdbc:h2:mem:x", config.jdbcUrl());
    assertEquals(9, config.seed());
    assertEquals(Duration.ofMillis(500), config.reportInterval());
    assertTrue(config.phaseStats());
    assertEquals(5000, config.preloadRows());
    assertEquals(100, config.warmupDocs());
  }

  @Test
  void durationReplacesTheOperationCount() {
    assertEquals(Duration.ofMillis(500), parse("--duration", "500ms").runLength().duration());
    assertEquals(Duration.ofSeconds(30), parse("--duration", "30s").runLength().duration());
    assertEquals(Duration.ofMinutes(2), parse("--duration", "2m").runLength().duration());
    assertTrue(parse("--duration", "2m").runLength().timed());
  }

  @Test
  void profileNamesAreCaseInsensitive() {
    assertEquals(Profile.SERIAL, parse("--profile", "serial").profile());
    assertEquals(Profile.SERIAL, parse("--profile", "SERIAL").profile());
    assertEquals(Profile.HEALTHY, parse("--profile", "Healthy").profile());
  }

  @Test
  void unknownProfileIsRejectedWithExitCode2AndOneClearMessage() {
    int code = execute("--profile", "turbo");
    assertEquals(2, code);
    String message = err.toString();
    assertTrue(message.contains("--profile"), message);
    assertTrue(message.contains("healthy, contended, serial, mislabeled"), message);
    assertFalse(message.contains("Usage:"), "no full usage text: " + message);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badValuesAreRejectedWithExitCode2() {
    assertEquals(2, execute("--threads", "0"));
    assertEquals(2, execute("--threads", "many"));
    assertEquals(2, execute("--batch", "-5"));
    assertEquals(2, execute("--ops", "0"));
    assertEquals(2, execute("--duration", "30"));
    assertEquals(2, execute("--duration", "0s"));
    assertEquals(2, execute("--duration", "soon"));
    assertEquals(2, execute("--input", dir.resolve("missing.jsonl").toString()));
    assertEquals(2, execute("--no-such-option"));
    assertEquals(2, execute("--preload", "-1"));
    assertEquals(2, execute("--warmup-docs", "-1"));
  }

  @Test
  void threadsTakesAListOfCounts() {
    CommandLine line = DemoCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8));
    line.parseArgs("--threads", "1,2,4");
    DemoCommand command = line.getCommand();
    assertEquals(java.util.List.of(1, 2, 4), command.threadCounts());
    assertEquals(1, command.toConfig().threads());
    assertEquals(2, execute("--threads", "1,0"));
    assertEquals(2, execute("--threads", "1,,x"));
  }

  @Test
  void severalThreadCountsRunOncePerCountAndPrintTheScalingTable() {
    int code =
        execute(
            "--threads",
            "1,2",
            "--ops",
            "2",
            "--batch",
            "20",
            "--preload",
            "100",
            "--report-interval",
            "1h",
            "--profile",
            "mislabeled");
    assertEquals(0, code, err.toString());
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(3, printed.split("demo-app summary", -1).length - 1, "warm-up and two runs");
    assertTrue(printed.contains("warm-up run at 1 threads (not in the scaling table)"), printed);
    assertTrue(printed.contains("| Threads | Documents/s | Speedup | Lock utilization |"), printed);
    assertTrue(
        Pattern.compile("(?m)^\\| 1 +\\| [0-9,]+ +\\| 1\\.00x +\\| [0-9.]+ % +\\|$")
            .matcher(printed)
            .find(),
        printed);
    assertTrue(Pattern.compile("(?m)^\\| 2 +\\| ").matcher(printed).find(), printed);
  }

  @Test
  void opsAndDurationTogetherAreRejected() {
    assertEquals(2, execute("--ops", "5", "--duration", "1s"));
    assertTrue(err.toString().contains("mutually exclusive"), err.toString());
  }

  @Test
  void inputThatIsNotJsonLinesIsRejectedWithExitCode2() throws Exception {
    Path input = Files.writeString(dir.resolve("bad.jsonl"), "{\"a\": 1}\nnot json\n");
    assertEquals(2, execute("--input", input.toString(), "--ops", "1"));
    assertTrue(err.toString().contains("line 2"), err.toString());
  }

  @Test
  void helpExitsZero() {
    assertEquals(0, execute("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--profile"));
  }

  @Test
  void shortRunPrintsTheSummaryAndExitsZero() {
    int code =
        execute(
            "--threads",
            "1",
            "--ops",
            "3",
            "--batch",
            "20",
            "--report-interval",
            "1h",
            "--preload",
            "0");
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString());
    assertTrue(summary.contains("demo-app summary"), summary);
    assertTrue(
        Pattern.compile("operations:\\s+3 \\(insert_many 1, find 1, update_many 1\\)")
            .matcher(summary)
            .find(),
        summary);
    assertTrue(
        Pattern.compile("documents:\\s+60 \\(inserted 20, found 20, updated 20\\)")
            .matcher(summary)
            .find(),
        summary);
    assertTrue(summary.contains("documents/s:"), summary);
  }

  private DemoConfig parse(String... args) {
    DemoCommand command = new DemoCommand(new PrintStream(out, true, StandardCharsets.UTF_8));
    new CommandLine(command).parseArgs(args);
    return command.toConfig();
  }

  private int execute(String... args) {
    CommandLine commandLine =
        DemoCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    return commandLine.execute(args);
  }
}
