package dev.boundarytracer.it;

import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.LockAccuracyRun;
import org.junit.jupiter.api.BeforeAll;

/** Measured lock hold and wait against ground truth, on platform threads of the current Java. */
class LockAccuracyIT extends LockAccuracyContract {
  private static LockAccuracyRun run;

  @BeforeAll
  static void runCases() throws Exception {
    run = LockAccuracyRun.run(JvmLauncher.currentJava(), "lock-accuracy", "platform");
  }

  @Override
  LockAccuracyRun run() {
    return run;
  }
}
