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
}
