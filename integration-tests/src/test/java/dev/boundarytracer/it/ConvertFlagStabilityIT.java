package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The convert judgement is stable between identical runs: the demo's healthy profile (convert of
 * 500 documents handed to a 2-thread ForkJoin pool) never raises a CRITICAL flag, also on a
 * saturated machine, where one pool worker often takes every task of a call before the other wakes;
 * the serial profile raises {@code CONVERT_NOT_PARALLEL} every time.
 *
 * <p>The test saturates the cores with spinning threads while the healthy runs go: under that load
 * a rule that calls convert serial when its tasks ran on one thread in most calls fires in most
 * runs.
 */
class ConvertFlagStabilityIT {
  private static final int HEALTHY_RUNS = 3;
  private static final int SERIAL_RUNS = 2;
  private static final String[] SIZE = {"--threads", "2", "--ops", "60", "--batch", "500"};

  @Test
  void healthyRaisesNoCriticalFlagInAnyRunEvenOnASaturatedMachine() throws Exception {
    List<String> outcomes = new ArrayList<>();
    AtomicBoolean spin = new AtomicBoolean(true);
    List<Thread> burners = startBurners(spin, Runtime.getRuntime().availableProcessors() * 2);
    try {
      for (int i = 1; i <= HEALTHY_RUNS; i++) {
        JsonNode report = run("healthy", i);
        Set<String> critical = JsonReports.flagIds(report, "CRITICAL");
        outcomes.add("run " + i + ": " + JsonReports.flags(report));
        assertEquals(Set.of(), critical, "CRITICAL flags in healthy run " + i + ": " + outcomes);
      }
    } finally {
      spin.set(false);
      for (Thread t : burners) {
        t.join();
      }
    }
    System.out.println("[stability] healthy " + outcomes);
  }

  @Test
  void serialRaisesConvertNotParallelInEveryRun() throws Exception {
    for (int i = 1; i <= SERIAL_RUNS; i++) {
      JsonNode report = run("serial", i);
      assertTrue(
          JsonReports.flags(report).contains("insert_many/CONVERT_NOT_PARALLEL/CRITICAL"),
          "serial run " + i + ": " + JsonReports.flags(report));
    }
  }

  private static JsonNode run(String profile, int i) throws Exception {
    Path dir = Artifacts.freshWorkDir("stability-" + profile + "-" + i);
    Path json = dir.resolve("report.json");
    JvmRun jvm =
        JvmLauncher.currentJava()
            .withAgent(Artifacts.agentJar(), "json=" + json + ";report=off")
            .withJar(Artifacts.demoJar())
            .withArgs(SIZE)
            .withArgs("--profile", profile)
            .run(dir);
    assertEquals(0, jvm.exitCode(), jvm::describe);
    return JsonReports.read(json);
  }

  /** Threads that keep the cores busy until {@code spin} turns false. */
  private static List<Thread> startBurners(AtomicBoolean spin, int count) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Thread t =
          new Thread(
              () -> {
                long x = 0;
                while (spin.get()) {
                  x = x * 31 + 7;
                }
                if (x == 42) {
                  System.out.print("");
                }
              },
              "burner-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    return threads;
  }
}
