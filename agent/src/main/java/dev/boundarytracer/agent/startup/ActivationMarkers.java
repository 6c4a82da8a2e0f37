package dev.boundarytracer.agent.startup;

import java.nio.charset.StandardCharsets;

/**
 * The byte strings whose presence in a class file means the class needs the agent: it carries a
 * boundary annotation, or it calls the runtime's public API (whose classes must then come from the
 * one shared copy on the bootstrap class path, and be recorded). Class files keep these names in
 * their constant pool as plain ASCII, so a byte search finds them before the class is defined.
 *
 * <p>To make a new annotation or API class activate the agent, add its simple name to {@link
 * #NAMES}. Every marker lives under the one package prefix {@value #PACKAGE}, which keeps the
 * search to one pass over the bytes.
 */
public final class ActivationMarkers {
  /** The runtime's public package, as it appears in class files. */
  static final String PACKAGE = "dev/boundarytracer/";

  /**
   * What follows {@link #PACKAGE} in a marker. Annotation descriptors end in {@code ;}; API classes
   * match their internal name (and so also their descriptors).
   */
  static final String[] NAMES = {
    "BoundaryOperation;",
    "BoundaryPhase;",
    "BoundaryLock;",
    "BoundaryTracer",
    "BoundaryContext",
    "BoundaryMetrics",
  };

  private static final byte[] PREFIX = PACKAGE.getBytes(StandardCharsets.US_ASCII);
  private static final byte[][] SUFFIXES = suffixes();

  private ActivationMarkers() {}

  /**
   * Whether a class file mentions any marker.
   *
   * @param classFile the class file's bytes, may be null
   * @return true when some marker occurs in it
   */
  public static boolean anyIn(byte[] classFile) {
    if (classFile == null) {
      return false;
    }
    byte first = PREFIX[0];
    int last = classFile.length - PREFIX.length;
    for (int i = 0; i <= last; i++) {
      if (classFile[i] == first && startsWith(classFile, i, PREFIX)) {
        int at = i + PREFIX.length;
        for (byte[] suffix : SUFFIXES) {
          if (startsWith(classFile, at, suffix)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] part) {
    if (at + part.length > bytes.length) {
      return false;
    }
    for (int j = 0; j < part.length; j++) {
      if (bytes[at + j] != part[j]) {
        return false;
      }
    }
    return true;
  }

  private static byte[][] suffixes() {
    byte[][] result = new byte[NAMES.length][];
    for (int i = 0; i < NAMES.length; i++) {
      result[i] = NAMES[i].getBytes(StandardCharsets.US_ASCII);
    }
    return result;
  }
}
