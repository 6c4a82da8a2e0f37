package dev.boundarytracer;

import static java.lang.invoke.MethodType.methodType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The API's way to the agent: method handles bound to the agent's bridge class, looked up by name
 * on the bootstrap class path when this class initialises.
 *
 * <p>The agent appends its jar to the bootstrap class path before any application class loads, and
 * its bridge's methods take and return JDK types only. So every copy of this API, in any class
 * loader (the application's, a child-first loader that carries the API jar itself, an isolated
 * one), finds the same bridge and records into the agent's one recorder. Without the agent the
 * lookup finds nothing, {@link #PRESENT} is false and the API works on its own ({@link
 * StandaloneRecorder}).
 *
 * <p>The handles are {@code static final}, so the JIT compiles a call through them as a direct call
 * and a check of {@link #PRESENT} as a constant. A JVM that loads this class before the agent is
 * attached keeps working on its own (an attach cannot change a class's initialised constants).
 */
final class AgentBridge {
  /** The agent's bridge class, on the bootstrap class path while the agent runs. */
  static final String BRIDGE_CLASS = "dev.boundarytracer.agent.bridge.HookBridge";

  private static boolean versionMismatchReported;
  private static final Class<?> BRIDGE = bridgeClass();

  static final MethodHandle SET_PARALLEL =
      find("apiSetParallel", methodType(void.class, boolean.class));
  static final MethodHandle RECORD_LOCK_RELEASE =
      find("apiRecordLockRelease", methodType(void.class));
  static final MethodHandle SET_DOC_COUNT =
      find("apiSetDocCount", methodType(void.class, long.class));
  static final MethodHandle OPERATION_ID =
      find("apiOperationId", methodType(int.class, String.class));
  static final MethodHandle PHASE_BEGIN = find("apiPhaseBegin", methodType(Object.class));
  static final MethodHandle PHASE_END =
      find(
          "apiPhaseEnd",
          methodType(
              void.class, Object.class, String.class, String.class, long.class, String.class));
  static final MethodHandle FINISH =
      find(
          "apiFinish",
          methodType(
              void.class,
              int.class,
              long.class,
              long.class,
              long[].class,
              boolean[].class,
              long.class,
              long.class,
              boolean.class));
  static final MethodHandle OPERATIONS = find("apiOperations", methodType(List.class));
  static final MethodHandle RESET = find("apiReset", methodType(void.class));

  /** True when the agent runs in this JVM and offers every method above. */
  static final boolean PRESENT =
      BRIDGE != null
          && SET_PARALLEL != null
          && RECORD_LOCK_RELEASE != null
          && SET_DOC_COUNT != null
          && OPERATION_ID != null
          && PHASE_BEGIN != null
          && PHASE_END != null
          && FINISH != null
          && OPERATIONS != null
          && RESET != null;

  private AgentBridge() {}

  /**
   * Rethrows what a bridge call threw. The bridge does not throw by contract; should it ever, the
   * caller sees the problem instead of a silently lost figure.
   *
   * @param t what the call threw
   * @return never returns; declared so that callers can write {@code throw rethrow(t)}
   */
  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("the agent's bridge failed", t);
  }

  private static Class<?> bridgeClass() {
    try {
      return Class.forName(BRIDGE_CLASS, false, null);
    } catch (ClassNotFoundException | LinkageError | SecurityException noAgent) {
      return null;
    }
  }

  private static MethodHandle find(String name, MethodType type) {
    if (BRIDGE == null) {
      return null;
    }
    try {
      return MethodHandles.publicLookup().findStatic(BRIDGE, name, type);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      if (versionMismatchReported) {
        return null;
      }
      versionMismatchReported = true;
      System.err.println(
          "[boundary-tracer] the agent's bridge has no "
              + name
              + type
              + ": the agent and the boundary-runtime jar on the class path are of different"
              + " versions; BoundaryContext, BoundaryTracer and BoundaryMetrics work without the"
              + " agent here. Use the same version of both");
      return null;
    }
  }
}
