package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Locates a Java 25 installation (Temurin 25 by preference) to run the agent on.
 *
 * <p>Order: the environment variable {@code JAVA25_HOME}; else, in the system's JVM directory (the
 * parent of the real path of the running {@code java.home}, of the {@code java} on the {@code
 * PATH}, and {@code /usr/lib/jvm}), a directory named {@code *temurin-25*}, then any {@code *25*},
 * that holds {@code bin/java}.
 */
public final class Java25 {
  private Java25() {}

  /**
   * The Java 25 home, or skips the calling test with a message saying how to provide one.
   *
   * @return a directory holding {@code bin/java}
   */
  public static Path homeOrSkip() {
    Optional<Path> home = find();
    assumeTrue(
        home.isPresent(),
        "no Java 25 found: set JAVA25_HOME, or install Temurin 25 beside the default JDK in "
            + jvmDirectories());
    return home.get();
  }

  /**
   * Looks for a Java 25 home without skipping.
   *
   * @return the home, or empty when none is found
   * @throws AssertionError if {@code JAVA25_HOME} is set but holds no {@code bin/java}
   */
  public static Optional<Path> find() {
    String fromEnv = System.getenv("JAVA25_HOME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      Path home = Path.of(fromEnv);
      if (!hasJava(home)) {
        throw new AssertionError("JAVA25_HOME=" + fromEnv + " holds no executable bin/java");
      }
      return Optional.of(home);
    }
    for (String pattern : List.of("*temurin-25*", "*25*")) {
      for (Path dir : jvmDirectories()) {
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(dir, pattern)) {
          for (Path home : homes) {
            if (hasJava(home)) {
              return Optional.of(home);
            }
          }
        } catch (IOException e) {
          // an unreadable directory holds no usable JDK
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasJava(Path home) {
    return Files.isExecutable(home.resolve("bin").resolve("java"));
  }

  /** Parents of the real JDK directories: where package managers install JDKs side by side. */
  private static List<Path> jvmDirectories() {
    Set<Path> dirs = new LinkedHashSet<>();
    addParentOfHome(dirs, Path.of(System.getProperty("java.home")));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(File.pathSeparator)) {
        Path java = Path.of(entry, "java");
        if (Files.isExecutable(java)) {
          try {
            // <home>/bin/java -> <home> -> its parent
            addParentOfHome(dirs, java.toRealPath().getParent().getParent());
          } catch (IOException | RuntimeException e) {
            // a dangling link names no JDK
          }
          break;
        }
      }
    }
    dirs.add(Path.of("/usr/lib/jvm"));
    List<Path> existing = new ArrayList<>();
    for (Path d : dirs) {
      if (Files.isDirectory(d)) {
        existing.add(d);
      }
    }
    return existing;
  }

  private static void addParentOfHome(Set<Path> dirs, Path home) {
    try {
      Path parent = home.toRealPath().getParent();
      if (parent != null) {
        dirs.add(parent);
      }
    } catch (IOException e) {
      // no such home
    }
  }
}
