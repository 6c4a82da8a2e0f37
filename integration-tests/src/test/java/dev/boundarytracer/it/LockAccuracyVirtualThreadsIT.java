package dev.boundarytracer.it;

import dev.boundarytracer.it.support.Java25;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.LockAccuracyRun;
import org.junit.jupiter.api.BeforeAll;

/** The same accuracy checks with every case on virtual threads, on Java 25 (Temurin). */
class LockAccuracyVirtualThreadsIT extends LockAccuracyContract {
  private static LockAccuracyRun run;

  @BeforeAll
  static void runCases() throws Exception {
    run =
        LockAccuracyRun.run(
            JvmLauncher.javaHome(Java25.homeOrSkip()), "lock-accuracy-virtual", "virtual");
  }

  @Override
  LockAccuracyRun run() {
    return run;
  }

  @org.junit.jupiter.api.Test
  void parkAndUnparkOfVirtualThreadsAreNoHandOffsAndAllocationIsNotApplicable() {
    for (com.fasterxml.jackson.databind.JsonNode op : run.json().path("operations")) {
      String name = op.path("name").asText();
      org.junit.jupiter.api.Assertions.assertTrue(
          op.path("allocatedBytes").isNull(), name + ": allocation on virtual threads is n/a");
      org.junit.jupiter.api.Assertions.assertFalse(
          op.path("allocatedBytesUnmeasuredReason").asText().isEmpty(), name);
      for (com.fasterxml.jackson.databind.JsonNode phase : op.path("phases")) {
        org.junit.jupiter.api.Assertions.assertEquals(
            "NONE",
            phase.path("parallelismSource").asText(),
            name + "/" + phase.path("phase").asText() + " hands nothing off: " + phase);
      }
    }
  }
}
