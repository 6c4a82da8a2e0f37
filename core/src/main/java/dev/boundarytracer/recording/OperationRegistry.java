package dev.boundarytracer.recording;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Assigns each operation name a dense integer id, once, so that recording indexes arrays instead of
 * looking names up.
 *
 * <p>Bounded: at most {@link #maxOperations()} distinct names get their own id (the {@code
 * boundary.maxOperations} key, default {@value #DEFAULT_MAX_OPERATIONS}). Every further name shares
 * the one id of {@value #OTHER}, and one warning line goes to stderr the first time, so operation
 * names built from user data cannot exhaust the heap: the registry then holds at most {@code
 * maxOperations + 1} names, and each thread at most that many recorders.
 *
 * <p>Thread-safe. {@link #idOf} takes a lock and looks up a map: it is called at weave time and
 * when a {@link dev.boundarytracer.BoundaryTracer} is created, never from woven advice.
 */
public final class OperationRegistry {
  /** The name every operation beyond the limit is recorded under. */
  public static final String OTHER = "(other)";

  /** Default of {@code boundary.maxOperations}. */
  public static final int DEFAULT_MAX_OPERATIONS = 1000;

  private static final Map<String, Integer> IDS = new HashMap<>();
  private static volatile String[] names = new String[0];
  private static int maxOperations = DEFAULT_MAX_OPERATIONS;
  private static int distinctNames;
  private static int otherId = -1;
  private static PrintStream warnings = System.err;
  private static boolean warned;

  private OperationRegistry() {}

  /**
   * The id of an operation name, assigning the next free id on first use; beyond the limit, the id
   * of {@value #OTHER}.
   *
   * @param name operation name, not null
   * @return id, >= 0
   */
  public static synchronized int idOf(String name) {
    Integer id = IDS.get(name);
    if (id != null) {
      return id;
    }
    if (OTHER.equals(name)) {
      return otherId();
    }
    if (distinctNames >= maxOperations) {
      warnOnce(name);
      return otherId();
    }
    distinctNames++;
    return assign(name);
  }

  /**
   * Sets how many distinct names get their own id. Names that already have one keep it. Called once
   * by the agent at start-up, before weaving.
   *
   * @param max the limit, >= 0 ({@code 0} records every operation as {@value #OTHER})
   * @param warningStream where the one warning line goes when the limit is first reached, not null
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public static synchronized void configure(int max, PrintStream warningStream) {
    if (max < 0) {
      throw new IllegalArgumentException("maxOperations must be >= 0, got " + max);
    }
    maxOperations = max;
    warnings = warningStream;
  }

  /**
   * @return how many distinct names get their own id, >= 0
   */
  public static synchronized int maxOperations() {
    return maxOperations;
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
   * @return the count, >= 0 and at most {@code maxOperations() + 1}
   */
  public static int size() {
    return names.length;
  }

  /** Names with their own id, {@value #OTHER} not counted. */
  static synchronized int namedCount() {
    return distinctNames;
  }

  private static int otherId() {
    if (otherId < 0) {
      otherId = assign(OTHER);
    }
    return otherId;
  }

  private static int assign(String name) {
    int next = names.length;
    String[] grown = Arrays.copyOf(names, next + 1);
    grown[next] = name;
    names = grown;
    IDS.put(name, next);
    return next;
  }

  private static void warnOnce(String name) {
    if (!warned) {
      warned = true;
      warnings.println(
          "[boundary-tracer] more than "
              + maxOperations
              + " operation names (boundary.maxOperations="
              + maxOperations
              + "): \""
              + name
              + "\" and every further new name are recorded as "
              + OTHER
              + "; raise boundary.maxOperations if names are not built from data");
    }
  }
}
