package dev.boundarytracer.recording;

import java.util.HashMap;
import java.util.Map;

/**
 * Assigns each operation name a dense integer id, once, so that recording indexes arrays instead of
 * looking names up.
 *
 * <p>Thread-safe. {@link #idOf} takes a lock and looks up a map: it is called at weave time and
 * when a {@link dev.boundarytracer.BoundaryTracer} is created, never from woven advice.
 */
public final class OperationRegistry {
  private static final Map<String, Integer> IDS = new HashMap<>();
  private static volatile String[] names = new String[0];

  private OperationRegistry() {}

  /**
   * The id of an operation name, assigning the next free id on first use.
   *
   * @param name operation name, not null
   * @return id, >= 0
   */
  public static synchronized int idOf(String name) {
    Integer id = IDS.get(name);
    if (id != null) {
      return id;
    }
    int next = names.length;
    String[] grown = java.util.Arrays.copyOf(names, next + 1);
    grown[next] = name;
    names = grown;
    IDS.put(name, next);
    return next;
  }

  /**
   * The name of an id.
   *
   * @param id an id returned by {@link #idOf}
   * @return the name
   * @throws ArrayIndexOutOfBoundsException if the id was never assigned
   */
  public static String nameOf(int id) {
    return names[id];
  }

  /**
   * How many names have ids; ids run from 0 to this count minus one.
   *
   * @return the count, >= 0
   */
  public static int size() {
    return names.length;
  }
}
