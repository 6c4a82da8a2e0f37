package dev.boundarytracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockHolder;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measured-lock lines and keys of the text and JSON reports, from a fixed snapshot. */
class LockReportTest {
  private static final DurationStats TEN_MS =
      new DurationStats(4, 40_000_000, 10_000_000, 10_000_000, 10_000_000, 10_000_000, 10_000_000);

  private static ProfileSnapshot profile() {
    PhaseSnapshot convert =
        new PhaseSnapshot(
            Phase.CONVERT,
            LockUse.RELEASED,
            4,
            0,
            TEN_MS,
            Parallelism.NONE,
            new LockUsage(LockSource.MEASURED, 30_000_000, 4_000_000, 4, 4, 0));
    OperationSnapshot op =
        new OperationSnapshot(
            "find",
            4,
            0,
            400,
            30_000_000,
            4,
            4,
            0,
            0,
            40_000_000,
            TEN_MS,
            List.of(convert),
            List.of(),
            new LockUsage(LockSource.MEASURED, 30_000_000, 4_000_000, 4, 4, 0));
    LockSnapshot gil =
        new LockSnapshot(
            "gil",
            100_000_000,
            95_000_000,
            8_000_000,
            8,
            2,
            new DurationStats(
                8, 95_000_000, 1_000_000, 11_000_000, 12_000_000, 13_000_000, 14_000_000),
            new DurationStats(6, 8_000_000, 10_000, 1_000_000, 1_500_000, 2_000_000, 2_100_000),
            List.of(
                new LockHolder("worker-1 #21", 60_000_000, 5),
                new LockHolder("worker-0 #20", 35_000_000, 3)),
            List.of(new RedFlag("LOCK_SATURATED", Severity.CRITICAL, null, "busy", "do less")));
    return new ProfileSnapshot(List.of(op), OperationFixture.jvm(), List.of(gil), List.of());
  }

  @Test
  void textShowsTheMeasuredLinesAndTheLocksSection() {
    String text = TextReport.render(profile());
    assertTrue(text.contains(", measured 83.3 % held, wait 1.00 ms/call)\n"), text);
    assertTrue(
        text.contains(
            "  Lock (measured): held 83.3 % of working time (7.50 ms/op), wait 1.00 ms/op (10.0 %"
                + " of wall), 1.0 acquisitions/op, 1.0 releases/op\n"),
        text);
    assertTrue(
        text.contains(
            "\nLocks:\n  gil: utilization 95.0 % over 0.1 s, 8 acquisitions by 2 threads\n"),
        text);
    assertTrue(
        text.contains("    hold p50 11000 µs  p99 13000 µs  max 14000 µs;  wait p50 1000 µs"),
        text);
    assertTrue(
        text.contains("    top holders: worker-1 #21 60.00 ms (5), worker-0 #20 35.00 ms (3)\n"),
        text);
    assertTrue(text.contains("    flag CRITICAL LOCK_SATURATED: busy\n"), text);
  }

  @Test
  void jsonHasTheMeasuredKeysAndTheLocks() throws Exception {
    JsonNode root = new ObjectMapper().readTree(JsonReport.toJson(profile()));
    JsonNode op = root.path("operations").path(0);
    assertEquals("MEASURED", op.path("lockSource").asText());
    assertEquals(4_000_000, op.path("lockWaitNanos").asLong());
    assertEquals(4, op.path("lockAcquisitions").asLong());
    assertEquals(30_000_000.0 / 36_000_000, op.path("lockHeldRatio").asDouble(), 1e-12);
    assertEquals(36_000_000.0 / 30_000_000, op.path("amdahlCeiling").asDouble(), 1e-12);
    JsonNode phase = op.path("phases").path(0);
    assertEquals(30_000_000, phase.path("lockHeldNanos").asLong());
    assertEquals(4_000_000, phase.path("lockWaitNanos").asLong());
    assertEquals(4, phase.path("lockAcquisitions").asLong());
    JsonNode lock = root.path("locks").path(0);
    assertEquals("gil", lock.path("name").asText());
    assertEquals(0.95, lock.path("utilization").asDouble(), 1e-12);
    assertEquals(13_000_000, lock.path("holdNanos").path("p99").asLong());
    assertEquals(2_100_000, lock.path("waitNanosPerAcquisition").path("max").asLong());
    assertEquals("worker-1 #21", lock.path("topHolders").path(0).path("thread").asText());
    assertEquals("LOCK_SATURATED", lock.path("redFlags").path(0).path("id").asText());
  }

  @Test
  void declaredProfilesHaveNoMeasuredLines() {
    OperationSnapshot declared = ReportFixtures.insertMany().build();
    String text = TextReport.render(OperationFixture.profile(declared));
    assertFalse(text.contains("Lock (measured)"), text);
    assertFalse(text.contains("Locks:"), text);
  }
}
