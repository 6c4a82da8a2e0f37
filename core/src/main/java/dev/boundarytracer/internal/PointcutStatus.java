package dev.boundarytracer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which pointcuts of {@code boundary.pointcuts} have matched a method, for the report's list of
 * pointcuts that matched none.
 *
 * <p>Thread-safe; every method is synchronized. Called at weave time only, never from woven code.
 */
public final class PointcutStatus {
  private static final List<String> DESCRIPTIONS = new ArrayList<>();
  private static final List<Boolean> MATCHED = new ArrayList<>();

  private PointcutStatus() {}

  /**
   * Declares a pointcut that has matched nothing yet.
   *
   * @param description {@code file:line text}, as the report shows it, not null
   * @return the pointcut's id for {@link #matched}, >= 0
   */
  public static synchronized int declare(String description) {
    DESCRIPTIONS.add(description);
    MATCHED.add(false);
    return DESCRIPTIONS.size() - 1;
  }

  /**
   * Notes that a pointcut matched a method.
   *
   * @param id an id from {@link #declare}
   * @throws IndexOutOfBoundsException if the id was never declared
   */
  public static synchronized void matched(int id) {
    MATCHED.set(id, true);
  }

  /**
   * The pointcuts that have matched no method so far.
   *
   * @return their descriptions in declaration order; never null
   */
  public static synchronized List<String> unmatched() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < DESCRIPTIONS.size(); i++) {
      if (!MATCHED.get(i)) {
        out.add(DESCRIPTIONS.get(i));
      }
    }
    return out;
  }
}
