package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registry is process-wide; each test raises the limit back to the default afterwards. */
class OperationRegistryTest {

  @AfterEach
  void restoreDefaultLimit() {
    OperationRegistry.configure(OperationRegistry.DEFAULT_MAX_OPERATIONS, System.err);
  }

  @Test
  void namesBeyondTheLimitShareTheOtherIdWithOneWarning() {
    String prefix = "registry-" + System.nanoTime() + "-";
    int kept = OperationRegistry.idOf(prefix + "kept");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int limit = OperationRegistry.namedCount() + 1; // room for exactly one more name
    OperationRegistry.configure(limit, new PrintStream(err, true, StandardCharsets.UTF_8));

    int second = OperationRegistry.idOf(prefix + "second");
    int folded1 = OperationRegistry.idOf(prefix + "third");
    int folded2 = OperationRegistry.idOf(prefix + "fourth");

    assertNotEquals(kept, second);
    assertEquals(OperationRegistry.OTHER, OperationRegistry.nameOf(folded1));
    assertEquals(folded1, folded2);
    assertEquals(kept, OperationRegistry.idOf(prefix + "kept"), "known names keep their id");
    assertEquals(second, OperationRegistry.idOf(prefix + "second"));
    int sizeAfter = OperationRegistry.size();
    OperationRegistry.idOf(prefix + "fifth");
    assertEquals(sizeAfter, OperationRegistry.size(), "folded names are not stored");
    String warnings = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, warnings.lines().count(), warnings);
    assertTrue(warnings.contains("boundary.maxOperations=" + limit), warnings);
    assertTrue(warnings.contains(prefix + "third"), warnings);
  }

  @Test
  void aNegativeLimitIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> OperationRegistry.configure(-1, System.err));
  }
}
