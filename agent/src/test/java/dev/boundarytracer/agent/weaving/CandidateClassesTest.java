package dev.boundarytracer.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.agent.weaving.locks.LockClasses;
import dev.boundarytracer.agent.weaving.locks.LockTargets;
import dev.boundarytracer.jmc.recording.RecordedProfile;
import dev.boundarytracer.recording.Recorder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CandidateClassesTest {
  private static final byte[] WOVEN = {1, 2, 3};

  private final List<String> handedOn = new ArrayList<>();
  private final ClassFileTransformer weaving =
      new ClassFileTransformer() {
        @Override
        public byte[] transform(
            Module module,
            ClassLoader loader,
            String className,
            Class<?> redefined,
            java.security.ProtectionDomain domain,
            byte[] bytes) {
          handedOn.add(className);
          return WOVEN;
        }
      };

  @Test
  void annotatedClassIsHandedOnAndAPlainOneIsNot() throws Exception {
    CandidateClasses filter = filter(LockTargets.NONE, false);
    byte[] annotated = bytesOf(SampleRepository.class);
    byte[] plain = bytesOf(String.class);

    assertArrayEquals(WOVEN, transform(filter, "com/example/Annotated", annotated, null));
    assertNull(transform(filter, "com/example/Plain", plain, null));
    assertEquals(List.of("com/example/Annotated"), handedOn);
  }

  @Test
  void agentClassesAreNeverHandedOnThoughTheyNameTheApi() throws Exception {
    CandidateClasses filter = filter(LockTargets.NONE, true);
    byte[] agentClass = bytesOf(Weaving.class);

    assertNull(transform(filter, "dev/boundarytracer/agent/weaving/Weaving", agentClass, null));
    assertNull(transform(filter, "dev/boundarytracer/recording/Recorder", agentClass, null));
    assertTrue(filter.isCandidate("dev/boundarytracer/demo/Pipeline", agentClass));
    assertTrue(filter.isCandidate("dev/boundarytracer/Unlisted", agentClass));
  }

  @Test
  void configuredLockSitesPointcutsAndRetransformationsAreHandedOn() throws Exception {
    byte[] plain = bytesOf(String.class);
    LockTargets sites = LockTargets.parse(null, "com.example.store", message -> {});

    assertTrue(filter(sites, false).isCandidate("com/example/store/Orders", plain));
    assertFalse(filter(sites, false).isCandidate("com/example/web/Orders", plain));
    assertTrue(filter(LockTargets.NONE, true).isCandidate("com/example/web/Orders", plain));
    assertTrue(filter(LockTargets.NONE, false).isCandidate(null, plain));
    assertArrayEquals(
        WOVEN, transform(filter(LockTargets.NONE, false), "com/example/A", plain, Object.class));
  }

  /** A new package of the agent must join the list, or its classes are parsed for nothing. */
  @Test
  void everyPackageOfTheAgentIsListed() throws Exception {
    Set<String> packages = new TreeSet<>();
    packages.addAll(packagesBeside(Recorder.class));
    packages.addAll(packagesBeside(Weaving.class));
    packages.addAll(packagesBeside(RecordedProfile.class));
    packages.removeIf(p -> p.equals("benchmarks") || p.equals("demo") || p.equals("it"));
    assertFalse(packages.isEmpty());
    for (String p : packages) {
      assertTrue(
          CandidateClasses.AGENT_PACKAGES.contains(p),
          "dev/boundarytracer/" + p + "/ missing from CandidateClasses.AGENT_PACKAGES");
    }
  }

  private CandidateClasses filter(LockTargets locks, boolean pointcuts) {
    return new CandidateClasses(weaving, locks, new LockClasses(), pointcuts);
  }

  private static byte[] transform(
      CandidateClasses filter, String name, byte[] bytes, Class<?> redefined) throws Exception {
    return filter.transform(null, null, name, redefined, null, bytes);
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    String resource = type.getName().replace('.', '/') + ".class";
    try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  /** The packages directly under {@code dev/boundarytracer/} where a class's classes were built. */
  private static Set<String> packagesBeside(Class<?> type) throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return directories(location.resolve("dev/boundarytracer"));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return directories(jar.getPath("dev/boundarytracer"));
    }
  }

  private static Set<String> directories(Path root) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> children = Files.list(root)) {
      children
          .filter(Files::isDirectory)
          .forEach(p -> names.add(p.getFileName().toString().replace("/", "")));
    }
    return names;
  }
}
