package dev.boundarytracer.demo.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.demo.bridge.OperationKind;
import dev.boundarytracer.demo.config.DemoConfig;
import dev.boundarytracer.demo.config.Profile;
import dev.boundarytracer.demo.config.RunLength;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BridgeRunnerTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @ParameterizedTest
  @EnumSource(Profile.class)
  void twoWorkersInsertFindAndUpdateEveryRowTheyShould(Profile profile) throws Exception {
    DemoConfig config = DemoConfig.of(2, RunLength.ops(7), 20, profile);
    RunResult result = run(config);

    assertTrue(result.succeeded(), result.failures().toString());
    // Per worker, rounds 0..6: insert, find, update, insert, find, update, insert.
    assertEquals(6, result.ops(OperationKind.INSERT_MANY));
    assertEquals(4, result.ops(OperationKind.FIND));
    assertEquals(4, result.ops(OperationKind.UPDATE_MANY));
    assertEquals(14, result.totalOps());
    assertEquals(6 * 20, result.docs(OperationKind.INSERT_MANY));
    assertEquals(4 * 20, result.docs(OperationKind.FIND));
    assertEquals(4 * 20, result.docs(OperationKind.UPDATE_MANY));
    assertEquals(2 * 4 * 20, result.preloadedRows());
    assertEquals(result.preloadedRows() + 6 * 20, result.finalRowCount());
    assertEquals(result.finalRowCount() + 4 * 20, result.finalVersionSum());
    assertEquals(6 * 20 + 4 * 20 + 4 * 20, result.totalDocs());
    assertTrue(result.elapsedNanos() > 0);
  }

  @Test
  void timedRunStopsWhenTheDurationIsOver() throws Exception {
    DemoConfig config =
        DemoConfig.of(2, RunLength.duration(Duration.ofMillis(300)), 10, Profile.HEALTHY);
    long start = System.nanoTime();
    RunResult result = run(config);
    long wall = System.nanoTime() - start;

    assertTrue(result.succeeded(), result.failures().toString());
    assertTrue(result.totalOps() >= 2, "each worker ran at least one operation");
    assertTrue(result.elapsedNanos() >= Duration.ofMillis(300).toNanos());
    assertTrue(wall < Duration.ofSeconds(20).toNanos(), "stopped in time: " + wall);
    assertEquals(
        result.preloadedRows() + result.docs(OperationKind.INSERT_MANY), result.finalRowCount());
  }

  @Test
  void jsonLinesInputIsStoredFoundAndUpdated() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      lines.add(
          "{\"_id\": \"src"
              + i
              + "\", \"type\": \"event\", \"n\": "
              + i
              + ", \"at\": {\"$date\": \"2024-05-0"
              + (i + 1)
              + "T00:00:00Z\"},"
              + " \"tags\": [\"a\", \"b\"], \"meta\": {\"ok\": true, \"score\": 0.5}}");
    }
    Path input = Files.write(dir.resolve("events.jsonl"), lines);
    DemoConfig config = DemoConfig.of(1, RunLength.ops(3), 15, Profile.HEALTHY).withInput(input);
    RunResult result = run(config);

    assertTrue(result.succeeded(), result.failures().toString());
    assertEquals(15, result.docs(OperationKind.INSERT_MANY));
    assertEquals(15, result.docs(OperationKind.FIND));
    assertEquals(15, result.docs(OperationKind.UPDATE_MANY));
    assertEquals(4 * 15 + 15, result.finalRowCount());
  }

  @Test
  void reporterPrintsThroughputWhileWorkersRun() throws Exception {
    DemoConfig config =
        DemoConfig.of(1, RunLength.duration(Duration.ofMillis(400)), 10, Profile.HEALTHY)
            .withReportInterval(Duration.ofMillis(100));
    run(config);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("ops/s"), printed);
    assertTrue(printed.contains("docs/s"), printed);
  }

  @Test
  void runLeavesNoNonDaemonThreadBehind() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    run(DemoConfig.of(3, RunLength.ops(3), 60, Profile.HEALTHY));
    List<String> left =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
            .map(Thread::getName)
            .collect(Collectors.toList());
    assertEquals(List.of(), left);
  }

  @Test
  void summaryNamesThreadsProfileOperationsDocumentsElapsedAndRate() throws Exception {
    RunResult result = run(DemoConfig.of(2, RunLength.ops(3), 10, Profile.SERIAL));
    ByteArrayOutputStream summary = new ByteArrayOutputStream();
    SummaryPrinter.print(result, new PrintStream(summary, true, StandardCharsets.UTF_8));
    String text = summary.toString(StandardCharsets.UTF_8);
    for (String label :
        List.of("threads:", "profile:", "operations:", "documents:", "elapsed:", "documents/s:")) {
      assertTrue(text.contains(label), label + " in " + text);
    }
    assertTrue(text.contains("serial"), text);
  }

  private RunResult run(DemoConfig config) throws SQLException, IOException {
    return new BridgeRunner(
            config,
            BridgeRunner.poolFor(config),
            new PrintStream(out, true, StandardCharsets.UTF_8))
        .run();
  }
}
