package dev.boundarytracer.agent.bridge;

import java.util.Map;

/**
 * The names and descriptors that bytecode visitors emit as calls into {@link HookBridge}, in one
 * place so that a test can check each resolves (a misspelt descriptor would only fail when the
 * woven class first runs the call, as a {@code NoSuchMethodError} inside the application).
 *
 * <p>Advice classes are not listed: they call {@link HookBridge} from Java source, which the
 * compiler checks.
 */
public final class BridgeMethods {
  private BridgeMethods() {}

  /** Internal name of the bridge class, the owner of every emitted call. */
  public static final String OWNER = "dev/boundarytracer/agent/bridge/HookBridge";

  /** Descriptor of the monitor hooks: the monitor object, nothing returned. */
  public static final String MONITOR_HOOK = "(Ljava/lang/Object;)V";

  /** Hook before {@code monitorenter}, descriptor {@link #MONITOR_HOOK}. */
  public static final String BEFORE_MONITOR_ENTER = "beforeMonitorEnter";

  /** Hook after {@code monitorenter}, descriptor {@link #MONITOR_HOOK}. */
  public static final String AFTER_MONITOR_ENTER = "afterMonitorEnter";

  /** Hook before {@code monitorexit}, descriptor {@link #MONITOR_HOOK}. */
  public static final String BEFORE_MONITOR_EXIT = "beforeMonitorExit";

  /** Designates a stored field value: name. */
  public static final String DESIGNATE = "designate";

  /** Designates a stored field value: descriptor (the value, the lock's name). */
  public static final String DESIGNATE_DESCRIPTOR = "(Ljava/lang/Object;Ljava/lang/String;)V";

  /** Internal name of {@code java.util.concurrent.locks.Lock}. */
  public static final String LOCK = "java/util/concurrent/locks/Lock";

  /** Internal name of {@code java.util.concurrent.locks.Condition}. */
  public static final String CONDITION = "java/util/concurrent/locks/Condition";

  /**
   * Calls on a {@code Lock} that are replaced by a static bridge call of the same name: the call's
   * name and descriptor, to the bridge method's descriptor (the receiver as first argument).
   */
  public static final Map<String, String> LOCK_CALLS =
      Map.of(
          "lock()V", "(Ljava/util/concurrent/locks/Lock;)V",
          "lockInterruptibly()V", "(Ljava/util/concurrent/locks/Lock;)V",
          "tryLock()Z", "(Ljava/util/concurrent/locks/Lock;)Z",
          "tryLock(JLjava/util/concurrent/TimeUnit;)Z",
              "(Ljava/util/concurrent/locks/Lock;JLjava/util/concurrent/TimeUnit;)Z",
          "unlock()V", "(Ljava/util/concurrent/locks/Lock;)V",
          "newCondition()Ljava/util/concurrent/locks/Condition;",
              "(Ljava/util/concurrent/locks/Lock;)Ljava/util/concurrent/locks/Condition;");

  /** As {@link #LOCK_CALLS}, for calls on a {@code Condition}. */
  public static final Map<String, String> CONDITION_CALLS =
      Map.of(
          "await()V", "(Ljava/util/concurrent/locks/Condition;)V",
          "awaitUninterruptibly()V", "(Ljava/util/concurrent/locks/Condition;)V",
          "awaitNanos(J)J", "(Ljava/util/concurrent/locks/Condition;J)J",
          "await(JLjava/util/concurrent/TimeUnit;)Z",
              "(Ljava/util/concurrent/locks/Condition;JLjava/util/concurrent/TimeUnit;)Z",
          "awaitUntil(Ljava/util/Date;)Z",
              "(Ljava/util/concurrent/locks/Condition;Ljava/util/Date;)Z");

  /** As {@link #LOCK_CALLS}, for {@code Object.wait} on any object. */
  public static final Map<String, String> WAIT_CALLS =
      Map.of(
          "wait()V", "(Ljava/lang/Object;)V",
          "wait(J)V", "(Ljava/lang/Object;J)V",
          "wait(JI)V", "(Ljava/lang/Object;JI)V");
}
