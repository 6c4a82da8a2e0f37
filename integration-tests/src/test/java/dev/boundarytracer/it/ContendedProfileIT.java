package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boundarytracer.it.support.JsonReports;
import org.junit.jupiter.api.Test;

/** The demo's {@code contended} profile: the contract, and the lock held too long. */
class ContendedProfileIT extends DemoProfileContract {
  @Override
  String profile() {
    return "contended";
  }

  @Test
  void flagsTheLockAsHeldTooLong() {
    assertTrue(
        JsonReports.flagIds(json(), "CRITICAL").contains("LOCK_HELD_HIGH"),
        "CRITICAL flags: " + JsonReports.flags(json()));
  }

  @Test
  void flagsLockHeldHighExactlyWhereTheRatioIsAboveHalf() {
    for (JsonNode op : json().path("operations")) {
      boolean flagged = false;
      for (JsonNode flag : op.path("redFlags")) {
        flagged |= flag.path("id").asText().equals("LOCK_HELD_HIGH");
      }
      double ratio = op.path("lockHeldRatio").asDouble();
      assertTrue(
          flagged == (ratio > 0.5),
          op.path("name").asText() + ": lockHeldRatio " + ratio + ", LOCK_HELD_HIGH " + flagged);
    }
  }
}
