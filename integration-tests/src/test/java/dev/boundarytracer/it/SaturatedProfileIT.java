package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * The demo's {@code saturated} profile: extract and materialize hold the lock for two thirds of
 * each operation's working time, so three threads keep it busy all the time. The report, the JSON
 * and the recording all say {@code LOCK_SATURATED} and give the Amdahl ceiling.
 */
class SaturatedProfileIT {
  private static DemoRun demo() {
    return DemoRuns.sized("saturated", "--threads", "3", "--ops", "30", "--batch", "100");
  }

  private static JsonNode json() {
    return demo().json();
  }

  @Test
  void exitsCleanlyWithNoSuppressedAgentErrors() {
    assertEquals(0, demo().jvm().exitCode(), demo().jvm()::describe);
    assertEquals(0, json().path("jvm").path("suppressedErrors").asLong(-1));
    assertEquals(List.of(), demo().jvm().agentMessages(), "agent messages on stderr");
  }

  @Test
  void jsonFlagsTheLockAsSaturatedAndGivesTheCeiling() {
    JsonNode gil = json().path("locks").path(0);
    assertTrue(gil.path("utilization").asDouble() > 0.9, gil.toString());
    assertTrue(ids(gil.path("redFlags")).contains("LOCK_SATURATED"), gil.toString());
    for (String name : List.of("find", "insert_many", "update_many")) {
      JsonNode op = dev.boundarytracer.it.support.JsonReports.operation(json(), name);
      double ratio = op.path("lockHeldRatio").asDouble();
      double ceiling = op.path("amdahlCeiling").asDouble();
      assertTrue(ratio > 0.5, name + " lockHeldRatio " + ratio);
      assertTrue(Math.abs(ceiling - 1.0 / ratio) < 1e-6, name + " ceiling " + ceiling);
      assertTrue(
          ids(op.path("redFlags")).contains("LOCK_SATURATED"), op.path("redFlags").toString());
    }
  }

  @Test
  void textReportFlagsTheLockAsSaturatedAndGivesTheCeiling() {
    String text = demo().jvm().stderr();
    assertTrue(text.contains("flag CRITICAL LOCK_SATURATED: lock gil held "), text);
    JsonNode find = dev.boundarytracer.it.support.JsonReports.operation(json(), "find");
    String ceiling =
        String.format(
            Locale.ROOT, "at most %.1fx from more threads", find.path("amdahlCeiling").asDouble());
    assertTrue(text.contains(ceiling), ceiling + " in " + text);
  }

  @Test
  void recordingFlagsTheLockAsSaturatedAndGivesTheCeiling() throws Exception {
    List<String> flags = new ArrayList<>();
    boolean amdahl = false;
    for (RecordedEvent e : RecordingFile.readAllEvents(demo().jfrPath())) {
      if (e.getEventType().getName().equals("dev.boundarytracer.RedFlag")) {
        flags.add(e.getString("flagId"));
        amdahl |= e.getString("recommendation").contains("(Amdahl)");
      }
    }
    assertTrue(flags.contains("LOCK_SATURATED"), "RedFlag events: " + flags);
    assertTrue(amdahl, "a RedFlag event giving the Amdahl ceiling: " + flags);
  }

  private static List<String> ids(JsonNode flags) {
    List<String> ids = new ArrayList<>();
    flags.forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }
}
