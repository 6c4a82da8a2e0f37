package dev.boundarytracer.report;

import static dev.boundarytracer.report.ReportFixtures.insertMany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.Distributions;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.InstrumentationCost;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentationNoteTest {
  private static final InstrumentationCost FIFTY_NANOS = new InstrumentationCost(50, 3_000_000);

  /** One call of 2 ms wall time making 100 000 phase calls: 100 001 x 50 ns = 250 % of it. */
  private static OperationSnapshot tokenize() {
    return OperationFixture.operation("tokenize")
        .calls(1)
        .phase(
            Phase.CONVERT,
            LockUse.RELEASED,
            0,
            new DurationStats(100_000, 1_000_000, 5, 10, 10, 20, 900))
        .total(
            new DurationStats(1, 2_000_000, 2_000_000, 2_000_000, 2_000_000, 2_000_000, 2_000_000))
        .activeNanos(2_000_000)
        .build();
  }

  private static ProfileSnapshot profile(InstrumentationCost cost, OperationSnapshot... ops) {
    return new ProfileSnapshot(
        List.of(ops), null, List.of(), List.of(), List.of(), Distributions.EMPTY, cost);
  }

  @Test
  void estimatesTheShareFromCallsCostAndWallTime() {
    assertEquals(100_001, InstrumentationCost.calls(tokenize()));
    assertEquals(100_001 * 50 / 2e6, FIFTY_NANOS.share(tokenize()), 1e-9);
    OperationSnapshot insert = insertMany().build();
    assertEquals(
        ReportFixtures.CALLS * 5 * 50.0 / insert.totalNanos().sumNanos(),
        FIFTY_NANOS.share(insert),
        1e-12);
  }

  @Test
  void namesTheHeaviestOperationOnceWithItsNumbers() {
    ProfileSnapshot s = profile(FIFTY_NANOS, insertMany().build(), tokenize());
    String note = InstrumentationNote.of(s);
    assertEquals(
        "Instrumentation: an estimated 250.0 % of tokenize's wall time (100001 calls x 50 ns over"
            + " 2.0 ms) goes to the agent, above 5 %: its phases are too short and frequent to time"
            + " cheaply; profile coarser methods",
        note);
    String text = TextReport.render(s);
    assertEquals(text.indexOf("Instrumentation:"), text.lastIndexOf("Instrumentation:"), text);
    assertTrue(text.endsWith(note + "\n"), text);
    assertTrue(JsonReport.toJson(s).contains("\"note\" : \"" + note + "\""), JsonReport.toJson(s));
  }

  @Test
  void saysNothingWhenEveryShareIsSmallOrTheCostIsUnknown() {
    assertNull(InstrumentationNote.of(profile(FIFTY_NANOS, insertMany().build())));
    assertNull(InstrumentationNote.of(profile(InstrumentationCost.UNKNOWN, tokenize())));
    assertFalse(
        TextReport.render(profile(InstrumentationCost.UNKNOWN, tokenize()))
            .contains("Instrumentation:"));
    String json = JsonReport.toJson(profile(InstrumentationCost.UNKNOWN, tokenize()));
    assertTrue(json.contains("\"callNanos\" : null"), json);
    assertTrue(json.contains("\"note\" : null"), json);
  }
}
