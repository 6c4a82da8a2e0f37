package dev.boundarytracer.internal;

import dev.boundarytracer.locks.LockRegistry;
import dev.boundarytracer.locks.LockThreadState;
import dev.boundarytracer.recording.ThreadState;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * What woven lock sites reach through the agent's bridge (woven code links against the bridge only,
 * so that every class loader resolves it to the agent's copy): {@code monitorenter}/{@code
 * monitorexit} hooks, synchronized-method advice, and replacements for {@link Lock}, {@link
 * Condition} and {@link Object#wait} calls with the same stack shape (receiver first).
 *
 * <p>Each method first asks {@link LockRegistry} whether the object is designated (an identity scan
 * of a small array); when it is not, it only calls through. For a designated lock it takes
 * timestamps and updates the calling thread's {@link LockThreadState}. Nothing here allocates in
 * steady state, takes a lock or looks up a map; the agent's own failures are counted, never thrown.
 * The application's calls behave exactly as before, exceptions included.
 */
public final class LockSites {
  private LockSites() {}

  /** Before {@code monitorenter} on {@code monitor}. */
  public static void beforeMonitorEnter(Object monitor) {
    int id = LockRegistry.lockIdOf(monitor);
    if (id >= 0) {
      before(id);
    }
  }

  /** After {@code monitorenter} on {@code monitor}. */
  public static void afterMonitorEnter(Object monitor) {
    int id = LockRegistry.lockIdOf(monitor);
    if (id >= 0) {
      acquired(id, true);
    }
  }

  /** Before {@code monitorexit} on {@code monitor}, on normal and exception paths. */
  public static void beforeMonitorExit(Object monitor) {
    int id = LockRegistry.lockIdOf(monitor);
    if (id >= 0) {
      released(id);
    }
  }

  /** Entry of a synchronized method whose monitor is {@code monitor} (its wait is not visible). */
  public static void synchronizedMethodEnter(Object monitor) {
    int id = LockRegistry.lockIdOf(monitor);
    if (id >= 0) {
      acquired(id, false);
    }
  }

  /** Exit (return or throw) of a synchronized method whose monitor is {@code monitor}. */
  public static void synchronizedMethodExit(Object monitor) {
    int id = LockRegistry.lockIdOf(monitor);
    if (id >= 0) {
      released(id);
    }
  }

  /** Replaces {@link Lock#lock()}. */
  public static void lock(Lock lock) {
    int id = LockRegistry.lockIdOf(lock);
    if (id < 0) {
      lock.lock();
      return;
    }
    before(id);
    lock.lock();
    acquired(id, true);
  }

  /** Replaces {@link Lock#lockInterruptibly()}. */
  public static void lockInterruptibly(Lock lock) throws InterruptedException {
    int id = LockRegistry.lockIdOf(lock);
    if (id < 0) {
      lock.lockInterruptibly();
      return;
    }
    before(id);
    lock.lockInterruptibly();
    acquired(id, true);
  }

  /** Replaces {@link Lock#tryLock()}. */
  public static boolean tryLock(Lock lock) {
    int id = LockRegistry.lockIdOf(lock);
    if (id < 0) {
      return lock.tryLock();
    }
    before(id);
    boolean acquired = lock.tryLock();
    if (acquired) {
      acquired(id, true);
    }
    return acquired;
  }

  /** Replaces {@link Lock#tryLock(long, TimeUnit)}. */
  public static boolean tryLock(Lock lock, long time, TimeUnit unit) throws InterruptedException {
    int id = LockRegistry.lockIdOf(lock);
    if (id < 0) {
      return lock.tryLock(time, unit);
    }
    before(id);
    boolean acquired = lock.tryLock(time, unit);
    if (acquired) {
      acquired(id, true);
    }
    return acquired;
  }

  /** Replaces {@link Lock#unlock()}. */
  public static void unlock(Lock lock) {
    int id = LockRegistry.lockIdOf(lock);
    if (id >= 0) {
      released(id);
    }
    lock.unlock();
  }

  /** Replaces {@link Lock#newCondition()}: a designated lock's conditions pause its hold. */
  public static Condition newCondition(Lock lock) {
    Condition condition = lock.newCondition();
    int id = LockRegistry.lockIdOf(lock);
    if (id >= 0) {
      try {
        LockRegistry.designateCondition(condition, id);
      } catch (Throwable t) {
        SuppressedErrors.record(t);
      }
    }
    return condition;
  }

  /** Replaces {@link Condition#await()}. */
  public static void await(Condition c) throws InterruptedException {
    int id = LockRegistry.conditionLockIdOf(c);
    int saved = pause(id);
    try {
      c.await();
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Condition#awaitUninterruptibly()}. */
  public static void awaitUninterruptibly(Condition c) {
    int id = LockRegistry.conditionLockIdOf(c);
    int saved = pause(id);
    try {
      c.awaitUninterruptibly();
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Condition#awaitNanos(long)}. */
  public static long awaitNanos(Condition c, long nanos) throws InterruptedException {
    int id = LockRegistry.conditionLockIdOf(c);
    int saved = pause(id);
    try {
      return c.awaitNanos(nanos);
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Condition#await(long, TimeUnit)}. */
  public static boolean await(Condition c, long time, TimeUnit unit) throws InterruptedException {
    int id = LockRegistry.conditionLockIdOf(c);
    int saved = pause(id);
    try {
      return c.await(time, unit);
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Condition#awaitUntil(Date)}. */
  public static boolean awaitUntil(Condition c, Date deadline) throws InterruptedException {
    int id = LockRegistry.conditionLockIdOf(c);
    int saved = pause(id);
    try {
      return c.awaitUntil(deadline);
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Object#wait()}. */
  public static void wait(Object monitor) throws InterruptedException {
    int id = LockRegistry.lockIdOf(monitor);
    int saved = pause(id);
    try {
      monitor.wait();
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Object#wait(long)}. */
  public static void wait(Object monitor, long timeoutMillis) throws InterruptedException {
    int id = LockRegistry.lockIdOf(monitor);
    int saved = pause(id);
    try {
      monitor.wait(timeoutMillis);
    } finally {
      resume(id, saved);
    }
  }

  /** Replaces {@link Object#wait(long, int)}. */
  public static void wait(Object monitor, long timeoutMillis, int nanos)
      throws InterruptedException {
    int id = LockRegistry.lockIdOf(monitor);
    int saved = pause(id);
    try {
      monitor.wait(timeoutMillis, nanos);
    } finally {
      resume(id, saved);
    }
  }

  /**
   * Designates the object a woven field store is about to write (see {@code @BoundaryLock}).
   *
   * @param value the stored object, may be null
   * @param name the lock's name
   */
  public static void designate(Object value, String name) {
    try {
      LockRegistry.designate(value, name);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  private static void before(int id) {
    try {
      LockThreadState locks = ThreadState.current().locks();
      locks.prepare(id);
      locks.beforeAcquire(id, System.nanoTime());
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  private static void acquired(int id, boolean observed) {
    try {
      LockThreadState locks = ThreadState.current().locks();
      locks.prepare(id);
      locks.acquired(id, System.nanoTime(), observed);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  private static void released(int id) {
    try {
      long now = System.nanoTime();
      ThreadState.current().locks().released(id, now);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  private static int pause(int id) {
    if (id < 0) {
      return 0;
    }
    try {
      return ThreadState.current().locks().pause(id, System.nanoTime());
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return 0;
    }
  }

  private static void resume(int id, int saved) {
    if (id < 0 || saved == 0) {
      return;
    }
    try {
      ThreadState.current().locks().resume(id, saved, System.nanoTime());
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }
}
