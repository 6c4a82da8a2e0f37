package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.live.LiveDemos;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JsonReports;
import dev.boundarytracer.it.support.JvmRun;
import dev.boundarytracer.it.support.LiveJvm;
import dev.boundarytracer.it.support.PrometheusServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint scraped by a real Prometheus server every second: after the demo's work,
 * the calls counter Prometheus stored equals the exit report's count, and {@code
 * histogram_quantile(0.99, ...)} lands in the bucket of the report's p99.
 */
class PrometheusEndpointIT {
  /** Classic buckets grow by this factor: the resolution histogram_quantile is held to. */
  private static final double BUCKET_FACTOR = Math.pow(2, 0.25);

  @Test
  void prometheusStoresTheReportsFigures() throws Exception {
    Path dir = Artifacts.freshWorkDir("prometheus-one");
    Path json = dir.resolve("report.json");
    LiveJvm demo = LiveDemos.start(dir, "prometheus=0,json=" + json, LiveDemos.SIZE);
    try {
      int port = LiveDemos.awaitPrometheusPort(dir);
      try (PrometheusServer prometheus =
          PrometheusServer.start(dir.resolve("prometheus"), List.of("127.0.0.1:" + port))) {
        demo.awaitLine("READY");
        LiveDemos.awaitScrapeAfter(prometheus, System.currentTimeMillis() / 1000.0, 1);
        demo.signal("TERM");
        JvmRun run = demo.awaitExit();
        JsonNode report = JsonReports.read(json);

        Map<String, Double> calls = byLabel(prometheus.query("boundary_operation_calls_total"));
        Map<String, JsonNode> ops = JsonReports.operations(report);
        assertFalse(ops.isEmpty(), run::describe);
        for (Map.Entry<String, JsonNode> op : ops.entrySet()) {
          assertEquals(
              op.getValue().path("count").asDouble(),
              calls.get(op.getKey()),
              "calls of " + op.getKey());
        }

        JsonNode quantiles =
            prometheus.query("histogram_quantile(0.99, boundary_phase_duration_seconds_bucket)");
        int compared = 0;
        for (Map.Entry<String, JsonNode> op : ops.entrySet()) {
          for (Map.Entry<String, JsonNode> phase : JsonReports.phases(op.getValue()).entrySet()) {
            double reportP99 = phase.getValue().path("nanos").path("p99").asDouble() / 1e9;
            Double promP99 = find(quantiles, op.getKey(), phase.getKey().toLowerCase(Locale.ROOT));
            assertNotNull(promP99, "no p99 for " + op.getKey() + "/" + phase.getKey());
            System.out.printf(
                Locale.ROOT,
                "%s/%s p99 report %.6f s, Prometheus %.6f s%n",
                op.getKey(),
                phase.getKey(),
                reportP99,
                promP99);
            assertTrue(
                promP99 <= reportP99 * BUCKET_FACTOR && promP99 >= reportP99 / BUCKET_FACTOR,
                op.getKey()
                    + "/"
                    + phase.getKey()
                    + ": histogram_quantile "
                    + promP99
                    + " s is more than one bucket from the report's p99 "
                    + reportP99
                    + " s");
            compared++;
          }
        }
        assertTrue(compared >= 4, "phases compared: " + compared);
      }
    } finally {
      demo.destroy();
    }
  }

  @Test
  void nativeHistogramsAgreeWithTheReport() throws Exception {
    Path dir = Artifacts.freshWorkDir("prometheus-native");
    Path json = dir.resolve("report.json");
    LiveJvm demo = LiveDemos.start(dir, "prometheus=0,json=" + json, LiveDemos.SIZE);
    try {
      int port = LiveDemos.awaitPrometheusPort(dir);
      try (PrometheusServer prometheus =
          PrometheusServer.start(
              dir.resolve("prometheus"),
              List.of("127.0.0.1:" + port),
              List.of("--enable-feature=native-histograms"))) {
        demo.awaitLine("READY");
        LiveDemos.awaitScrapeAfter(prometheus, System.currentTimeMillis() / 1000.0, 1);
        demo.signal("TERM");
        demo.awaitExit();
        Map<String, JsonNode> ops = JsonReports.operations(JsonReports.read(json));
        // Scraped as protobuf, the phase histogram is stored as a native histogram (no _bucket).
        JsonNode quantiles =
            prometheus.query("histogram_quantile(0.99, boundary_phase_duration_seconds)");
        double nativeFactor = Math.pow(2, 0.125);
        int compared = 0;
        for (Map.Entry<String, JsonNode> op : ops.entrySet()) {
          for (Map.Entry<String, JsonNode> phase : JsonReports.phases(op.getValue()).entrySet()) {
            double reportP99 = phase.getValue().path("nanos").path("p99").asDouble() / 1e9;
            Double promP99 = find(quantiles, op.getKey(), phase.getKey().toLowerCase(Locale.ROOT));
            assertNotNull(promP99, "no native p99 for " + op.getKey() + "/" + phase.getKey());
            System.out.printf(
                Locale.ROOT,
                "native %s/%s p99 report %.6f s, Prometheus %.6f s%n",
                op.getKey(),
                phase.getKey(),
                reportP99,
                promP99);
            assertTrue(
                promP99 <= reportP99 * nativeFactor && promP99 >= reportP99 / nativeFactor,
                op.getKey() + "/" + phase.getKey() + ": " + promP99 + " s vs " + reportP99 + " s");
            compared++;
          }
        }
        assertTrue(compared >= 4, "phases compared: " + compared);
      }
    } finally {
      demo.destroy();
    }
  }

  @Test
  void prometheusSumsAFleetOfTwo() throws Exception {
    Path dir = Artifacts.freshWorkDir("prometheus-fleet");
    Path dirA = dir.resolve("a");
    Path dirB = dir.resolve("b");
    LiveJvm a =
        LiveDemos.start(dirA, "prometheus=0,json=" + dirA.resolve("report.json"), LiveDemos.SIZE);
    LiveJvm b =
        LiveDemos.start(dirB, "prometheus=0,json=" + dirB.resolve("report.json"), LiveDemos.SIZE);
    try {
      int portA = LiveDemos.awaitPrometheusPort(dirA);
      int portB = LiveDemos.awaitPrometheusPort(dirB);
      try (PrometheusServer prometheus =
          PrometheusServer.start(
              dir.resolve("prometheus"), List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB))) {
        a.awaitLine("READY");
        b.awaitLine("READY");
        LiveDemos.awaitScrapeAfter(prometheus, System.currentTimeMillis() / 1000.0, 2);
        Map<String, Double> fleet =
            byLabel(prometheus.query("sum by (operation) (boundary_operation_calls_total)"));
        a.signal("TERM");
        b.signal("TERM");
        a.awaitExit();
        b.awaitExit();
        Map<String, Double> expected = new HashMap<>();
        for (Path d : List.of(dirA, dirB)) {
          JsonReports.operations(JsonReports.read(d.resolve("report.json")))
              .forEach(
                  (name, op) -> expected.merge(name, op.path("count").asDouble(), Double::sum));
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, fleet, "calls summed over both JVMs by PromQL");
      }
    } finally {
      a.destroy();
      b.destroy();
    }
  }

  private static Map<String, Double> byLabel(JsonNode result) {
    Map<String, Double> out = new HashMap<>();
    for (JsonNode s : result) {
      out.put(s.path("metric").path("operation").asText(), PrometheusServer.value(s));
    }
    return out;
  }

  private static Double find(JsonNode result, String operation, String phase) {
    for (JsonNode s : result) {
      if (operation.equals(s.path("metric").path("operation").asText())
          && phase.equals(s.path("metric").path("phase").asText())) {
        return PrometheusServer.value(s);
      }
    }
    return null;
  }
}
