package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the JSON report {@code analyze} computed from a recording with the one the agent wrote
 * at exit for the same run: counts equal, percentiles within the histograms' two significant digits
 * (1 %), the same flags.
 *
 * <p>The recording's durations are JFR's clock, the agent's its own, read one after the other on
 * entry and exit; a thread descheduled between two such reads (a loaded machine) makes one call
 * differ by the pause. So each percentile may also differ by the phase's whole disagreement, the
 * difference of the two duration sums (one delayed call moves a percentile by at most its delay),
 * plus 5 µs.
 */
public final class ReportAgreement {
  private static final double RELATIVE = 0.01;
  private static final long SLACK_NANOS = 5_000;
  private static final List<String> OPERATION_COUNTS =
      List.of("count", "errors", "docs", "lockReleases", "parallelCount", "convertParallelCount");
  private static final List<String> PHASE_COUNTS =
      List.of("count", "errors", "lock", "parallelismSource", "handOffCalls", "parallelCalls");
  private static final List<String> PERCENTILES = List.of("min", "p50", "p90", "p99", "max");

  private ReportAgreement() {}

  /**
   * Fails with every disagreement listed.
   *
   * @param agent the agent's JSON report
   * @param analyzed analyze's JSON report of the recording
   * @param what names the comparison in the message
   */
  public static void assertAgree(JsonNode agent, JsonNode analyzed, String what) {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> expected = JsonReports.operations(agent);
    Map<String, JsonNode> actual = JsonReports.operations(analyzed);
    if (!expected.keySet().equals(actual.keySet())) {
      problems.add("operations " + expected.keySet() + " vs " + actual.keySet());
    }
    for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
      JsonNode a = actual.get(e.getKey());
      if (a != null) {
        compareOperation(e.getKey(), e.getValue(), a, problems);
      }
    }
    Map<String, String> expectedLocks = locks(agent);
    Map<String, String> actualLocks = locks(analyzed);
    if (!expectedLocks.equals(actualLocks)) {
      problems.add("locks " + expectedLocks + " vs " + actualLocks);
    }
    System.out.println("[analyze/" + what + "] disagreements: " + problems);
    assertEquals(List.of(), problems, what + ": analyze's report against the agent's");
  }

  /**
   * Fails unless every phase's percentiles agree (see the class comment); for reports whose counts
   * are compared elsewhere.
   *
   * @param agent the agent's JSON report
   * @param analyzed analyze's JSON report of the recording
   * @param what names the comparison in the message
   */
  public static void assertPhasePercentilesAgree(JsonNode agent, JsonNode analyzed, String what) {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> actual = JsonReports.operations(analyzed);
    for (Map.Entry<String, JsonNode> e : JsonReports.operations(agent).entrySet()) {
      Map<String, JsonNode> ap =
          actual.containsKey(e.getKey()) ? JsonReports.phases(actual.get(e.getKey())) : Map.of();
      for (Map.Entry<String, JsonNode> p : JsonReports.phases(e.getValue()).entrySet()) {
        JsonNode a = ap.get(p.getKey());
        if (a == null) {
          problems.add(e.getKey() + "/" + p.getKey() + " missing");
        } else {
          percentiles(
              e.getKey() + "/" + p.getKey(), p.getValue().path("nanos"), a.path("nanos"), problems);
        }
      }
    }
    System.out.println("[analyze/" + what + "] percentile disagreements: " + problems);
    assertEquals(List.of(), problems, what + ": analyze's percentiles against the agent's");
  }

  private static void compareOperation(String name, JsonNode e, JsonNode a, List<String> problems) {
    for (String key : OPERATION_COUNTS) {
      same(name + "." + key, e.path(key), a.path(key), problems);
    }
    percentiles(name + ".totalNanos", e.path("totalNanos"), a.path("totalNanos"), problems);
    Map<String, JsonNode> ep = JsonReports.phases(e);
    Map<String, JsonNode> ap = JsonReports.phases(a);
    if (!ep.keySet().equals(ap.keySet())) {
      problems.add(name + " phases " + ep.keySet() + " vs " + ap.keySet());
      return;
    }
    for (Map.Entry<String, JsonNode> p : ep.entrySet()) {
      String label = name + "/" + p.getKey();
      JsonNode ap1 = ap.get(p.getKey());
      for (String key : PHASE_COUNTS) {
        same(label + "." + key, p.getValue().path(key), ap1.path(key), problems);
      }
      percentiles(label + ".nanos", p.getValue().path("nanos"), ap1.path("nanos"), problems);
    }
    Set<String> ef = flags(e);
    Set<String> af = flags(a);
    if (!ef.equals(af)) {
      problems.add(name + " red flags " + ef + " vs " + af);
    }
  }

  private static void same(String label, JsonNode e, JsonNode a, List<String> problems) {
    if (!e.equals(a)) {
      problems.add(label + " " + e + " vs " + a);
    }
  }

  private static void percentiles(String label, JsonNode e, JsonNode a, List<String> problems) {
    long clocks = Math.abs(e.path("sum").asLong() - a.path("sum").asLong());
    for (String key : PERCENTILES) {
      long x = e.path(key).asLong();
      long y = a.path(key).asLong();
      if (Math.abs(x - y) > x * RELATIVE + SLACK_NANOS + clocks) {
        problems.add(label + "." + key + " " + x + " vs " + y);
      }
    }
  }

  private static Set<String> flags(JsonNode op) {
    Set<String> ids = new TreeSet<>();
    for (JsonNode f : op.path("redFlags")) {
      ids.add(f.path("id").asText() + "/" + f.path("severity").asText());
    }
    return ids;
  }

  private static Map<String, String> locks(JsonNode report) {
    Map<String, String> locks = new TreeMap<>();
    for (JsonNode l : report.path("locks")) {
      Set<String> ids = new TreeSet<>();
      for (JsonNode f : l.path("redFlags")) {
        ids.add(f.path("id").asText());
      }
      locks.put(
          l.path("name").asText(),
          l.path("acquisitions").asLong() + " acquisitions, threads " + l.path("threads") + ids);
    }
    return locks;
  }
}
