package dev.boundarytracer;

/**
 * Facts about the innermost operation running on the calling thread that only the application
 * knows, for annotated code (the {@link BoundaryTracer} has its own setters).
 *
 * <p>Each method acts on the innermost {@link BoundaryOperation} currently running on the calling
 * thread and does nothing when there is none, or when the agent is not attached. Calls take no lock
 * and allocate nothing. With the agent they reach its recorder from any class loader, also from one
 * that carries its own copy of this jar.
 */
public final class BoundaryContext {
  private BoundaryContext() {}

  /**
   * Marks whether the current operation ran its convert phase in parallel (for example on a
   * ForkJoin pool). Feeds {@code parallelCount} and the {@code CONVERT_NOT_PARALLEL} flag.
   *
   * @param parallel true when the work was spread over several threads
   */
  public static void setParallel(boolean parallel) {
    if (AgentBridge.PRESENT) {
      try {
        AgentBridge.SET_PARALLEL.invokeExact(parallel);
      } catch (Throwable t) {
        throw AgentBridge.rethrow(t);
      }
    }
  }

  /**
   * Counts one release of the serialising lock in the current operation (as Python code releases
   * the GIL around I/O): for releases that happen outside a phase declared {@link
   * LockUse#RELEASED}.
   */
  public static void recordLockRelease() {
    if (AgentBridge.PRESENT) {
      try {
        AgentBridge.RECORD_LOCK_RELEASE.invokeExact();
      } catch (Throwable t) {
        throw AgentBridge.rethrow(t);
      }
    }
  }

  /**
   * Sets the current operation's document count, for sizes no {@link DocCount} parameter carries.
   * The largest value seen during the operation wins.
   *
   * @param docs documents, >= 0; negative values are ignored
   */
  public static void setDocCount(long docs) {
    if (AgentBridge.PRESENT && docs >= 0) {
      try {
        AgentBridge.SET_DOC_COUNT.invokeExact(docs);
      } catch (Throwable t) {
        throw AgentBridge.rethrow(t);
      }
    }
  }
}
