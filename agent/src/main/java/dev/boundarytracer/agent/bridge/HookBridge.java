package dev.boundarytracer.agent.bridge;

import dev.boundarytracer.internal.ApiCalls;
import dev.boundarytracer.internal.ConcurrencyHooks;
import dev.boundarytracer.internal.Hooks;
import dev.boundarytracer.internal.LockSites;
import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.recording.ThreadState;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * The one class woven code links against: forwards method advice to {@link Hooks}, lock sites and
 * synchronized-method advice to {@link LockSites}, executor advice to {@link ConcurrencyHooks}. The
 * names and descriptors that bytecode visitors emit against it are the constants of {@link
 * BridgeMethods}.
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

  /** See {@link LockSites#beforeMonitorEnter}. */
  public static void beforeMonitorEnter(Object monitor) {
    LockSites.beforeMonitorEnter(monitor);
  }

  /** See {@link LockSites#afterMonitorEnter}. */
  public static void afterMonitorEnter(Object monitor) {
    LockSites.afterMonitorEnter(monitor);
  }

  /** See {@link LockSites#beforeMonitorExit}. */
  public static void beforeMonitorExit(Object monitor) {
    LockSites.beforeMonitorExit(monitor);
  }

  /** See {@link LockSites#synchronizedMethodEnter}. */
  public static void synchronizedMethodEnter(Object monitor) {
    LockSites.synchronizedMethodEnter(monitor);
  }

  /** See {@link LockSites#synchronizedMethodExit}. */
  public static void synchronizedMethodExit(Object monitor) {
    LockSites.synchronizedMethodExit(monitor);
  }

  /** See {@link LockSites#designate}. */
  public static void designate(Object value, String name) {
    LockSites.designate(value, name);
  }

  /** Replaces {@link Lock#lock()}; see {@link LockSites#lock}. */
  public static void lock(Lock lock) {
    LockSites.lock(lock);
  }

  /** Replaces {@link Lock#lockInterruptibly()}; see {@link LockSites#lockInterruptibly}. */
  public static void lockInterruptibly(Lock lock) throws InterruptedException {
    LockSites.lockInterruptibly(lock);
  }

  /** Replaces {@link Lock#tryLock()}; see {@link LockSites#tryLock(Lock)}. */
  public static boolean tryLock(Lock lock) {
    return LockSites.tryLock(lock);
  }

  /** Replaces {@link Lock#tryLock(long, TimeUnit)}. */
  public static boolean tryLock(Lock lock, long time, TimeUnit unit) throws InterruptedException {
    return LockSites.tryLock(lock, time, unit);
  }

  /** Replaces {@link Lock#unlock()}. */
  public static void unlock(Lock lock) {
    LockSites.unlock(lock);
  }

  /** Replaces {@link Lock#newCondition()}. */
  public static Condition newCondition(Lock lock) {
    return LockSites.newCondition(lock);
  }

  /** Replaces {@link Condition#await()}. */
  public static void await(Condition c) throws InterruptedException {
    LockSites.await(c);
  }

  /** Replaces {@link Condition#awaitUninterruptibly()}. */
  public static void awaitUninterruptibly(Condition c) {
    LockSites.awaitUninterruptibly(c);
  }

  /** Replaces {@link Condition#awaitNanos(long)}. */
  public static long awaitNanos(Condition c, long nanos) throws InterruptedException {
    return LockSites.awaitNanos(c, nanos);
  }

  /** Replaces {@link Condition#await(long, TimeUnit)}. */
  public static boolean await(Condition c, long time, TimeUnit unit) throws InterruptedException {
    return LockSites.await(c, time, unit);
  }

  /** Replaces {@link Condition#awaitUntil(Date)}. */
  public static boolean awaitUntil(Condition c, Date deadline) throws InterruptedException {
    return LockSites.awaitUntil(c, deadline);
  }

  /** Replaces {@link Object#wait()}. */
  public static void wait(Object monitor) throws InterruptedException {
    LockSites.wait(monitor);
  }

  /** Replaces {@link Object#wait(long)}. */
  public static void wait(Object monitor, long timeoutMillis) throws InterruptedException {
    LockSites.wait(monitor, timeoutMillis);
  }

  /** Replaces {@link Object#wait(long, int)}. */
  public static void wait(Object monitor, long timeoutMillis, int nanos)
      throws InterruptedException {
    LockSites.wait(monitor, timeoutMillis, nanos);
  }

  /** See {@link ConcurrencyHooks#poolTask}. */
  public static Runnable poolTask(ThreadPoolExecutor pool, Runnable task) {
    return ConcurrencyHooks.poolTask(pool, task);
  }

  /** See {@link ConcurrencyHooks#threadTask}. */
  public static Runnable threadTask(Runnable task) {
    return ConcurrencyHooks.threadTask(task);
  }

  /** See {@link ConcurrencyHooks#forkJoinTaskHandedOff}. */
  public static void forkJoinTaskHandedOff(ForkJoinTask<?> task) {
    ConcurrencyHooks.forkJoinTaskHandedOff(task);
  }

  /** See {@link ConcurrencyHooks#forkJoinTaskHandedOff(ForkJoinPool, ForkJoinTask)}. */
  public static void forkJoinTaskHandedOff(ForkJoinPool pool, ForkJoinTask<?> task) {
    ConcurrencyHooks.forkJoinTaskHandedOff(pool, task);
  }

  /** See {@link ConcurrencyHooks#forkJoinTaskStart}. */
  public static Object forkJoinTaskStart(ForkJoinTask<?> task) {
    return ConcurrencyHooks.forkJoinTaskStart(task);
  }

  /** See {@link ConcurrencyHooks#forkJoinTaskEnd}. */
  public static void forkJoinTaskEnd(Object started) {
    ConcurrencyHooks.forkJoinTaskEnd(started);
  }

  /** The state an enter call returned; null (an internal error on entry) stays null. */
  private static ThreadState stateOf(Object state) {
    return state instanceof ThreadState ? (ThreadState) state : null;
  }
}
