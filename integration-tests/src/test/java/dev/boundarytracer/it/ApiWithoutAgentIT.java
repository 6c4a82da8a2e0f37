package dev.boundarytracer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.app.StandaloneApiMain;
import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packaged API jar alone, without the agent and without any other jar: annotated code runs
 * unchanged, and {@code BoundaryTracer} and {@code BoundaryMetrics} work as the README describes.
 */
class ApiWithoutAgentIT {

  @Test
  void theApiJarAloneRunsAnnotatedCodeAndTracesByHand() throws Exception {
    Path dir = Artifacts.freshWorkDir("api-without-agent");
    JvmRun run =
        JvmLauncher.currentJava()
            .withMainClass(StandaloneApiMain.class, Artifacts.testClasses(), Artifacts.runtimeJar())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    assertEquals("", run.stderr().strip(), run::describe);
    String out = run.stdout();
    int n = StandaloneApiMain.OPERATIONS;
    assertTrue(out.contains("by_hand (" + StandaloneApiMain.DOCS + " docs, "), run::describe);
    assertTrue(out.contains("  Convert: "), run::describe);
    assertTrue(out.contains("operationCount=" + n + "\n"), run::describe);
    assertTrue(out.contains("docCount=" + n * StandaloneApiMain.DOCS + "\n"), run::describe);
    assertTrue(out.contains("lockReleaseCount=" + n + "\n"), run::describe);
    assertTrue(out.contains("operations=[by_hand]"), "annotated code records nothing: " + out);
  }
}
