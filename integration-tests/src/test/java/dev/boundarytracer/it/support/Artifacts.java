package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under test, named by system properties that failsafe sets (see this module's pom):
 * {@code boundary.agent.jar}, {@code boundary.demo.jar}, {@code boundary.runtime.jar}, {@code
 * boundary.jmc.rules.jar}, {@code test.classes}, {@code it.work.dir}.
 *
 * <p>A missing file fails the test with the command that builds it: an integration test that
 * skipped for want of the product would hide a broken build.
 */
public final class Artifacts {
  private Artifacts() {}

  /**
   * @return the packaged agent, {@code agent/target/boundary-agent.jar}
   */
  public static Path agentJar() {
    return existing("boundary.agent.jar", "mvn -pl agent package -DskipTests");
  }

  /**
   * @return the packaged demo, {@code demo-app/target/demo-app.jar}
   */
  public static Path demoJar() {
    return existing("boundary.demo.jar", "mvn -pl demo-app package -DskipTests");
  }

  /**
   * @return the packaged JMC rules, {@code jmc-rules/target/boundary-jmc-rules.jar}
   */
  public static Path jmcRulesJar() {
    return existing("boundary.jmc.rules.jar", "mvn -pl jmc-rules -am package -DskipTests");
  }

  /**
   * @return the runtime jar holding the annotations the test application is compiled against
   */
  public static Path runtimeJar() {
    return existing("boundary.runtime.jar", "mvn -pl runtime package -DskipTests");
  }

  /**
   * @return this module's compiled test classes, which hold the test application
   */
  public static Path testClasses() {
    return existing("test.classes", "mvn -pl integration-tests test-compile");
  }

  /**
   * A fresh, empty directory for one JVM run, kept under {@code target/it-work} after the build.
   *
   * @param name a file-name-safe name, unique among the runs of the build
   * @return the directory, empty
   */
  public static Path freshWorkDir(String name) {
    String base = System.getProperty("it.work.dir");
    Path root = base != null ? Path.of(base) : Path.of("target", "it-work");
    Path dir = root.resolve(name).toAbsolutePath();
    try {
      if (Files.exists(dir)) {
        List<Path> contents;
        try (Stream<Path> files = Files.walk(dir)) {
          contents = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : contents) {
          Files.delete(p);
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The jars copied for one test application by this module's pom ({@code target/it-libs/<name>}).
   *
   * @param name {@code thirdparty}, {@code bundled}, {@code otel}, {@code otel-agent} or {@code
   *     jmc}
   * @return the jars, sorted by name; never empty (fails the test instead)
   */
  public static Path[] libs(String name) {
    Path dir =
        existing("it.libs.dir", "mvn -pl integration-tests pre-integration-test").resolve(name);
    try (Stream<Path> files = Files.list(dir)) {
      Path[] jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toArray(Path[]::new);
      if (jars.length == 0) {
        fail("no jars in " + dir);
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path existing(String property, String buildCommand) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      fail(
          "system property " + property + " is not set; run the ITs through failsafe (mvn verify)");
    }
    Path path = Path.of(value).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      fail(property + " = " + path + " does not exist; build it first: " + buildCommand);
    }
    return path;
  }
}
