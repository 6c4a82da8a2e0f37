package dev.boundarytracer.it;

import dev.boundarytracer.it.support.ParallelRun;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link ParallelismContract} with the agent attached to a running JVM (agentmain), after the
 * application has used every executor kind: the advice reaches JDK classes that are loaded and in
 * use, by retransformation, as it must when the agent installs its weaving late.
 */
class ParallelismLateAttachIT extends ParallelismContract {
  private static ParallelRun run;

  @BeforeAll
  static void runApplication() throws Exception {
    run = ParallelRun.attachLate("parallelism-late-attach", 4);
  }

  @Override
  ParallelRun run() {
    return run;
  }
}
