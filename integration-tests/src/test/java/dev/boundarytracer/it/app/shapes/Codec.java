package dev.boundarytracer.it.app.shapes;

import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/** An interface whose default method is a phase. */
public interface Codec {
  /** A CONVERT phase in a default method, recorded under {@code default_method} outside an op. */
  @BoundaryPhase(value = Phase.CONVERT, operation = "default_method")
  default byte[] encode(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
