package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.JsonReports;
import org.junit.jupiter.api.Test;

/**
 * The demo's {@code mislabeled} profile: convert holds the lock but is declared RELEASED. Only the
 * measured lock can tell; the report shows the mismatch and the real lock-held ratio.
 */
class MislabeledProfileIT extends DemoProfileContract {
  @Override
  String profile() {
    return "mislabeled";
  }

  @Test
  void flagsTheDeclarationOfConvertAsWrong() {
    for (String name : OPERATIONS) {
      JsonNode op = JsonReports.operation(json(), name);
      JsonNode mismatch = null;
      for (JsonNode flag : op.path("redFlags")) {
        if (flag.path("id").asText().equals("LOCK_DECLARATION_MISMATCH")) {
          mismatch = flag;
        }
      }
      assertTrue(mismatch != null, name + " flags: " + op.path("redFlags"));
      assertEquals("CONVERT", mismatch.path("phase").asText(), name);
      JsonNode convert = JsonReports.phases(op).get("CONVERT");
      assertEquals("RELEASED", convert.path("lock").asText(), name + " declared");
      // Most of the phase runs inside the lock; entry, exit and the set-up before acquiring it
      // do not, so the share stays under 100 %.
      assertTrue(convert.path("lockHeldRatio").asDouble() > 0.5, name + " convert " + convert);
    }
  }

  @Test
  void findHoldsTheLockMoreThanHalfItsWorkingTime() {
    JsonNode find = JsonReports.operation(json(), "find");
    double measured = find.path("lockHeldRatio").asDouble();
    double declared =
        (double) find.path("declaredLockHeldNanos").asLong()
            / find.path("totalNanos").path("sum").asLong();
    assertTrue(measured > 0.5, "find lockHeldRatio " + measured);
    assertTrue(declared < 0.5, "declared " + declared + ": only the measurement sees it");
    assertTrue(JsonReports.flagIds(json(), "CRITICAL").contains("LOCK_HELD_HIGH"));
  }
}
