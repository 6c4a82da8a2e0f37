package dev.boundarytracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.UndesignatedLock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lock fields that could not be designated are named in both reports, never silently left out. */
class UndesignatedLockReportTest {
  private static final UndesignatedLock REPOSITORY =
      new UndesignatedLock(
          "shop.OrderRepository#lock",
          "OrderRepository.lock",
          "instance field: objects created before the attach are not measured, later ones are");

  private static ProfileSnapshot profile(List<UndesignatedLock> undesignated) {
    OperationSnapshot declared = OperationFixture.healthyInsertMany().build();
    return new ProfileSnapshot(
        List.of(declared), OperationFixture.jvm(), List.of(), List.of(), undesignated);
  }

  @Test
  void textReportNamesEachFieldAndNotesDeclaredOperations() {
    String text = TextReport.render(profile(List.of(REPOSITORY)));
    assertTrue(text.contains("\nLocks not measured:\n"), text);
    assertTrue(
        text.contains(
            "  OrderRepository.lock (shop.OrderRepository#lock): instance field: objects created"
                + " before the attach are not measured, later ones are\n"),
        text);
    assertTrue(
        text.contains(
            "  Lock (declared): 1 designated lock field not measured (see Locks not measured);"
                + " the lock figures are the declared ones\n"),
        text);
  }

  @Test
  void jsonReportListsEachFieldAndNotesDeclaredOperations() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(profile(List.of(REPOSITORY))));
    JsonNode field = json.path("undesignatedLocks").get(0);
    assertEquals("shop.OrderRepository#lock", field.path("field").asText());
    assertEquals("OrderRepository.lock", field.path("lock").asText());
    assertTrue(field.path("reason").asText().startsWith("instance field"));
    JsonNode op = json.path("operations").get(0);
    assertEquals("DECLARED", op.path("lockSource").asText());
    assertTrue(op.path("lockNote").asText().contains("undesignatedLocks"), op.toString());
  }

  @Test
  void nothingIsSaidWhenEveryDesignationWasMade() throws Exception {
    String text = TextReport.render(profile(List.of()));
    assertFalse(text.contains("not measured"), text);
    JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(profile(List.of())));
    assertTrue(json.path("undesignatedLocks").isMissingNode());
    assertTrue(json.path("operations").get(0).path("lockNote").isMissingNode());
  }
}
