package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.app.UserNamedOperationsMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.TestApps;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operation names built from user data stay bounded: beyond {@code boundary.maxOperations} they
 * fold into one {@code (other)} entry, with one warning, and nothing recorded is lost.
 */
class BoundedOperationNamesIT {

  @Test
  void namesBeyondTheConfiguredLimitFoldIntoOther() throws Exception {
    assertFolded(3000, 50, "maxOperations=50");
  }

  @Test
  void theDefaultLimitIsOneThousandNames() throws Exception {
    assertFolded(2500, 1000, "");
  }

  private static void assertFolded(int names, int max, String options) throws Exception {
    Path dir = Artifacts.freshWorkDir("bounded-names-" + max);
    Path json = dir.resolve("report.json");
    String agentOptions = (options.isEmpty() ? "" : options + ";") + "report=off;json=" + json;
    JvmRun run =
        TestApps.withAgent(UserNamedOperationsMain.class, agentOptions)
            .withArgs(Integer.toString(names))
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.stdout().contains("traced " + names + " operations"), run::describe);

    JsonNode report = JsonReports.read(json);
    assertEquals(0, report.path("jvm").path("suppressedErrors").asLong(-1), "suppressedErrors");
    Map<String, JsonNode> operations = JsonReports.operations(report);
    assertEquals(max + 1, operations.size(), "the limit's names plus (other)");
    JsonNode other = operations.get("(other)");
    assertTrue(other != null, "an (other) entry: " + operations.keySet());
    assertEquals(names - max, other.path("count").asLong(), "(other) carries every further call");
    long total = 0;
    for (JsonNode op : operations.values()) {
      total += op.path("count").asLong();
    }
    assertEquals(names, total, "no call is lost");
    Map<String, JsonNode> phases = JsonReports.phases(other);
    assertEquals(List.of("EXTRACT", "CONVERT"), List.copyOf(phases.keySet()), "(other)'s phases");
    assertEquals(names - max, phases.get("EXTRACT").path("count").asLong());

    List<String> warnings =
        run.agentMessages().stream().filter(l -> l.contains("boundary.maxOperations")).toList();
    assertEquals(1, warnings.size(), run::describe);
    assertTrue(warnings.get(0).contains("(other)"), warnings.get(0));
    assertEquals(warnings, run.agentMessages(), "no other agent message");
  }
}
