package dev.boundarytracer.it;

import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.ParallelRun;
import org.junit.jupiter.api.BeforeAll;

/** {@link ParallelismContract} on the Java that runs the build (17). */
class ParallelismIT extends ParallelismContract {
  private static ParallelRun run;

  @BeforeAll
  static void runApplication() throws Exception {
    run = ParallelRun.run(JvmLauncher.currentJava(), "parallelism", 4);
  }

  @Override
  ParallelRun run() {
    return run;
  }
}
