package dev.boundarytracer.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.Severity;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileMetricsTest {
  @Test
  void countersGaugesAndFlagsFollowPrometheusConventions() throws Exception {
    var op =
        OperationFixture.healthyInsertMany()
            .errors(2)
            .build()
            .withRedFlags(
                List.of(
                    new RedFlag(
                        "EXTRACT_SLOW", Severity.CRITICAL, Phase.EXTRACT, "slow", "do less"),
                    new RedFlag("LOCK_HELD_HIGH", Severity.WARNING, null, "held", "release")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create()
        .write(out, ProfileMetrics.metrics(OperationFixture.profile(op)));
    String text = out.toString(StandardCharsets.UTF_8);
    for (String line :
        List.of(
            "boundary_operation_calls_total{operation=\"insert_many\"} 10.0",
            "boundary_operation_errors_total{operation=\"insert_many\"} 2.0",
            "boundary_operation_documents_total{operation=\"insert_many\"} 10000.0",
            "boundary_red_flag{flag=\"EXTRACT_SLOW\",operation=\"insert_many\",phase=\"extract\","
                + "severity=\"critical\"} 1.0",
            "boundary_red_flag{flag=\"LOCK_HELD_HIGH\",operation=\"insert_many\",phase=\"\","
                + "severity=\"warning\"} 1.0",
            "boundary_suppressed_errors_total 0.0")) {
      assertTrue(text.contains(line), "missing " + line + " in\n" + text);
    }
    assertTrue(text.contains("boundary_operation_lock_held_ratio{operation=\"insert_many\"}"));
  }
}
