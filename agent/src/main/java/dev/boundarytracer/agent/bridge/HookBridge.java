package dev.boundarytracer.agent.bridge;

import dev.boundarytracer.internal.ApiCalls;
import dev.boundarytracer.internal.Hooks;
import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.recording.ThreadState;
import java.util.List;
import java.util.Map;

/**
 * The one class woven code links against: forwards each advice call to {@link Hooks}.
 *
 * <p>It exists only in the agent jar, which is on the bootstrap class path, and its signatures name
 * no runtime type (the thread's state travels as {@code Object}). So a woven class resolves it to
 * the agent's copy in every class loader: also when the application has its own copy of the runtime
 * jar loaded before an attach, or in a child-first loader that has the runtime jar itself. (A
 * reference to {@code Hooks} or {@code ThreadState} would resolve to the application's copy there
 * and record into state no report reads, or fail with a loader constraint violation.)
 *
 * <p>Same contract as {@link Hooks}: never throws, allocates nothing, takes no lock.
 *
 * <p>The public API reaches the agent through it too: {@code BoundaryContext}, {@code
 * BoundaryTracer} and {@code BoundaryMetrics} look this class up on the bootstrap class path by
 * name and bind the {@code api...} methods below with method handles (see {@link ApiCalls}). A copy
 * of the API jar in any class loader thus records into the agent's one recorder, and without the
 * agent the lookup fails and the API records on its own.
 */
public final class HookBridge {
  private HookBridge() {}

  /** See {@link Hooks#operationEnter(int, long)}. */
  public static Object operationEnter(int operationId, long docs) {
    return Hooks.operationEnter(operationId, docs);
  }

  /** See {@link Hooks#operationEnter(int, Object)}. */
  public static Object operationEnter(int operationId, Object docArg) {
    return Hooks.operationEnter(operationId, docArg);
  }

  /** See {@link Hooks#operationExit}; {@code state} is what the enter call returned. */
  public static void operationExit(Object state, Throwable thrown) {
    Hooks.operationExit(stateOf(state), thrown);
  }

  /** See {@link Hooks#operationExitWithDocs}. */
  public static void operationExitWithDocs(Object state, Throwable thrown, long docs) {
    Hooks.operationExitWithDocs(stateOf(state), thrown, docs);
  }

  /** See {@link Hooks#phaseEnter(int, long)}. */
  public static Object phaseEnter(int methodId, long docs) {
    return Hooks.phaseEnter(methodId, docs);
  }

  /** See {@link Hooks#phaseEnter(int, Object)}. */
  public static Object phaseEnter(int methodId, Object docArg) {
    return Hooks.phaseEnter(methodId, docArg);
  }

  /** See {@link Hooks#phaseExit}. */
  public static void phaseExit(Object state, Throwable thrown) {
    Hooks.phaseExit(stateOf(state), thrown);
  }

  /** See {@link Hooks#phaseExitWithDocs}. */
  public static void phaseExitWithDocs(Object state, Throwable thrown, long docs) {
    Hooks.phaseExitWithDocs(stateOf(state), thrown, docs);
  }

  /** See {@link Hooks#constructorOperationExit}. */
  public static void constructorOperationExit(int operationId, long startNanos) {
    Hooks.constructorOperationExit(operationId, startNanos);
  }

  /** See {@link Hooks#constructorPhaseExit}. */
  public static void constructorPhaseExit(int methodId, long startNanos) {
    Hooks.constructorPhaseExit(methodId, startNanos);
  }

  /** See {@link Hooks#docsOf}. */
  public static long docsOf(Object arg) {
    return Hooks.docsOf(arg);
  }

  /** See {@link ApiCalls#setParallel}. */
  public static void apiSetParallel(boolean parallel) {
    try {
      ApiCalls.setParallel(parallel);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /** See {@link ApiCalls#recordLockRelease}. */
  public static void apiRecordLockRelease() {
    try {
      ApiCalls.recordLockRelease();
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /** See {@link ApiCalls#setDocCount}. */
  public static void apiSetDocCount(long docs) {
    try {
      ApiCalls.setDocCount(docs);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /** See {@link ApiCalls#operationId}. */
  public static int apiOperationId(String operation) {
    return ApiCalls.operationId(operation);
  }

  /** See {@link ApiCalls#phaseBegin}. */
  public static Object apiPhaseBegin() {
    return ApiCalls.phaseBegin();
  }

  /** See {@link ApiCalls#phaseEnd}. */
  public static void apiPhaseEnd(
      Object event, String operation, String phase, long docs, String lockUse) {
    ApiCalls.phaseEnd(event, operation, phase, docs, lockUse);
  }

  /** See {@link ApiCalls#finish}. */
  public static void apiFinish(
      int operationId,
      long startNanos,
      long durationNanos,
      long[] phaseNanos,
      boolean[] phaseHeld,
      long docs,
      long releases,
      boolean parallel) {
    ApiCalls.finish(
        operationId, startNanos, durationNanos, phaseNanos, phaseHeld, docs, releases, parallel);
  }

  /** See {@link ApiCalls#operations}. */
  public static List<Map<String, Object>> apiOperations() {
    return ApiCalls.operations();
  }

  /** See {@link ApiCalls#reset}. */
  public static void apiReset() {
    ApiCalls.reset();
  }

  /** The state an enter call returned; null (an internal error on entry) stays null. */
  private static ThreadState stateOf(Object state) {
    return state instanceof ThreadState ? (ThreadState) state : null;
  }
}
