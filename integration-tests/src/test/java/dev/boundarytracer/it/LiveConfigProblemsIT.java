package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad values of the live-output keys: one stderr line each, naming the key and the problem; the
 * application and the rest of the agent run on (the exit report is written).
 */
class LiveConfigProblemsIT {
  @Test
  void portInUseAndBadValuesAreOneLineEach() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Path dir = Artifacts.freshWorkDir("live-config-port-in-use");
      Path json = dir.resolve("report.json");
      JvmRun run =
          demo(
              dir,
              "prometheus="
                  + taken.getLocalPort()
                  + ",reportInterval=1s,reportFormat=xml,jmx=maybe,json="
                  + json);
      assertEquals(0, run.exitCode(), run::describe);
      assertOneLine(run, "boundary.prometheus=" + taken.getLocalPort() + ": cannot listen");
      assertOneLine(run, "boundary.reportFormat=xml is not valid: expected text or json");
      assertOneLine(run, "boundary.jmx=maybe is not valid: expected true or false");
      assertFalse(JsonReports.operations(JsonReports.read(json)).isEmpty(), run::describe);
    }
  }

  @Test
  void badHostAndBadPortAreOneLineEach() throws Exception {
    for (String value : List.of("no-such-host.invalid:0", "127.0.0.1:http", "70000")) {
      Path dir = Artifacts.freshWorkDir("live-config-" + value.replace(':', '_'));
      Path json = dir.resolve("report.json");
      JvmRun run = demo(dir, "prometheus=" + value + ",json=" + json);
      assertEquals(0, run.exitCode(), run::describe);
      assertOneLine(run, "boundary.prometheus=" + value + ":");
      assertFalse(JsonReports.operations(JsonReports.read(json)).isEmpty(), run::describe);
    }
  }

  private static void assertOneLine(JvmRun run, String start) {
    List<String> lines =
        run.stderr().lines().filter(l -> l.startsWith("[boundary-tracer] " + start)).toList();
    assertEquals(1, lines.size(), "lines starting with '" + start + "'\n" + run.describe());
    assertTrue(lines.get(0).length() < 200, lines.get(0));
  }

  private static JvmRun demo(Path dir, String agentOptions) throws Exception {
    return JvmLauncher.currentJava()
        .withAgent(Artifacts.agentJar(), agentOptions)
        .withJar(Artifacts.demoJar())
        .withArgs("--threads", "2", "--ops", "6", "--batch", "200")
        .withTimeout(Duration.ofMinutes(3))
        .run(dir);
  }
}
