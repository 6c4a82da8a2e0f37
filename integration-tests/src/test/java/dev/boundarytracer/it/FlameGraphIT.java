package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.app.flame.FlameMain;
import dev.boundarytracer.it.support.AgentCli;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze --flame}: execution samples land under the operation and phase their thread was
 * working for, on the phase's own thread and on the pool threads it handed tasks to.
 */
class FlameGraphIT {
  private static Path recording;
  private static Path dir;

  @BeforeAll
  static void record() throws Exception {
    dir = Artifacts.freshWorkDir("flame");
    recording = dir.resolve("flame.jfr");
    Path settings = dir.resolve("boundary-profile.jfc");
    try (JarFile agent = new JarFile(Artifacts.agentJar().toFile());
        InputStream in = agent.getInputStream(agent.getEntry("boundary-profile.jfc"))) {
      Files.copy(in, settings);
    }
    // The JDK's profile settings sample every 10 ms; with them, every phase and task event.
    JvmRun run =
        TestApps.withAgent(FlameMain.class, "report=off")
            .withJvmArgs(
                "-XX:StartFlightRecording:settings=profile,settings="
                    + settings
                    + ",filename="
                    + recording)
            .withArgs("10", "600")
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
  }

  @Test
  void eachPhasesSamplesAreInItsOwnMethod() throws Exception {
    Path collapsed = dir.resolve("flame.collapsed");
    JvmRun run =
        AgentCli.run(dir, "analyze", recording.toString(), "--flame", collapsed.toString());
    assertEquals(0, run.exitCode(), run::describe);
    Map<String, long[]> byPhase = new TreeMap<>(); // phase -> {samples, in its method}
    for (String line : Files.readAllLines(collapsed)) {
      int space = line.lastIndexOf(' ');
      long n = Long.parseLong(line.substring(space + 1));
      String[] frames = line.substring(0, space).split(";");
      if (frames.length < 2 || !frames[0].equals("flame")) {
        continue;
      }
      String method = frames[1].equals("EXTRACT") ? ".extractSpin" : ".convertSpin";
      long[] c = byPhase.computeIfAbsent(frames[1], k -> new long[2]);
      c[0] += n;
      if (line.contains(FlameMain.class.getName() + method)) {
        c[1] += n;
      }
    }
    System.out.println("[flame] " + placementLine(run));
    for (Map.Entry<String, long[]> e : byPhase.entrySet()) {
      System.out.printf(
          "[flame] %s: %d samples, %d in its method%n",
          e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    for (String phase : new String[] {"EXTRACT", "CONVERT"}) {
      long[] c = byPhase.get(phase);
      assertTrue(
          c != null && c[0] >= 20, "too few samples under " + phase + ": " + byPhase.keySet());
      assertTrue(
          c[1] >= 0.9 * c[0],
          phase + ": " + c[1] + " of " + c[0] + " samples in its method, expected at least 90 %");
    }
    Matcher m = Pattern.compile("(\\d+) in tasks handed off by phases").matcher(run.stderr());
    assertTrue(m.find(), run::describe);
    assertTrue(Long.parseLong(m.group(1)) >= 10, "samples placed through tasks: " + m.group(1));
  }

  @Test
  void writesAFlameGraphPage() throws Exception {
    Path html = dir.resolve("flame.html");
    JvmRun run = AgentCli.run(dir, "analyze", recording.toString(), "--flame", html.toString());
    assertEquals(0, run.exitCode(), run::describe);
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>") || page.contains("<html"), "not a page");
    assertTrue(page.contains("CONVERT") && page.contains("EXTRACT"), "phases missing from page");
    // The page stores frame names with shared prefixes elided, so look for a part of them.
    assertTrue(page.contains("FlameMain"), "the program's frames missing from page");
  }

  private static String placementLine(JvmRun run) {
    return run.stderr().lines().filter(l -> l.contains("flame graph")).findFirst().orElse("");
  }
}
