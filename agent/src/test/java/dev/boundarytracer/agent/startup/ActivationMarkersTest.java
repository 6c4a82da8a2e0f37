package dev.boundarytracer.agent.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.BoundaryTracer;
import dev.boundarytracer.agent.weaving.SampleRepository;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ActivationMarkersTest {

  @Test
  void anAnnotatedClassActivatesTheAgent() throws IOException {
    assertTrue(ActivationMarkers.anyIn(classFile(SampleRepository.class)));
  }

  @Test
  void aClassCallingTheTracerApiActivatesTheAgent() throws IOException {
    assertTrue(ActivationMarkers.anyIn(classFile(UsesTracer.class)));
  }

  @Test
  void aClassWithoutMarkersDoesNot() throws IOException {
    assertFalse(ActivationMarkers.anyIn(classFile(Plain.class)));
    assertFalse(ActivationMarkers.anyIn(classFile(String.class)));
    assertFalse(ActivationMarkers.anyIn(null));
    assertFalse(ActivationMarkers.anyIn(new byte[0]));
  }

  @Test
  void theMarkerMayEndTheClassFile() {
    byte[] bytes = "xxLdev/boundarytracer/BoundaryPhase;".getBytes();
    assertTrue(ActivationMarkers.anyIn(bytes));
    assertFalse(ActivationMarkers.anyIn("xxLdev/boundarytracer/BoundaryPhas".getBytes()));
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    String name = type.getName();
    try (InputStream in =
        type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }

  static final class Plain {
    int twice(int x) {
      return 2 * x;
    }
  }

  static final class UsesTracer {
    void run() {
      new BoundaryTracer("op").finish();
    }
  }
}
