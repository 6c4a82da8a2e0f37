package dev.boundarytracer.it.app.locks;

import java.lang.reflect.Method;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs every case of {@link LockCases} and the two-thread {@link Contention} schedule, on platform
 * threads or (argument {@code virtual}, Java 21+) on virtual threads, and prints the ground truth:
 * {@code truth <operation> <innerNanos> <outerNanos> <calls>} (see {@link Truth}) and {@code
 * truthwait contended <waitNanos> <rounds>}.
 */
public final class LockAccuracyMain {
  private static final int CALLS = 40;
  private static final int ROUNDS = 40;
  private static final java.util.concurrent.atomic.AtomicInteger THREADS =
      new java.util.concurrent.atomic.AtomicInteger();

  private LockAccuracyMain() {}

  /**
   * @param args {@code platform} (default) or {@code virtual}
   */
  public static void main(String[] args) throws Exception {
    boolean virtual = args.length > 0 && args[0].equals("virtual");
    LockCases.warmUp();
    run(virtual, "sync_block", LockCases::syncBlock);
    run(virtual, "sync_method", LockCases::syncMethod);
    run(virtual, "reentrant_lock", LockCases::reentrantLock);
    run(virtual, "reentry", LockCases::reentry);
    run(virtual, "wait_inside", LockCases::waitInside);
    run(virtual, "await_inside", LockCases::awaitInside);
    run(virtual, "exception_inside", LockCases::exceptionInside);
    run(virtual, "rw_lock", LockCases::rwLock);
    run(virtual, "configured", LockCases::configured);
    Contention contention = new Contention();
    Thread holder =
        start(
            virtual,
            () -> {
              contention.hold(ROUNDS);
              return 0L;
            });
    long waited = onThread(virtual, () -> contention.await(ROUNDS));
    holder.join();
    System.out.println("truthwait\tcontended\t" + waited + "\t" + ROUNDS);
    System.out.println("done");
  }

  private static void run(boolean virtual, String name, Case call) throws Exception {
    long[] truth = new long[2];
    onThread(
        virtual,
        () -> {
          Truth.reset();
          for (int i = 0; i < CALLS; i++) {
            call.run();
          }
          truth[0] = Truth.innerNanos;
          truth[1] = Truth.outerNanos;
          return 0L;
        });
    System.out.println("truth\t" + name + "\t" + truth[0] + "\t" + truth[1] + "\t" + CALLS);
  }

  /** One call of a case. */
  private interface Case {
    void run() throws Exception;
  }

  private static long onThread(boolean virtual, Callable<Long> body) throws Exception {
    AtomicReference<Long> result = new AtomicReference<>();
    Thread t =
        start(
            virtual,
            () -> {
              result.set(body.call());
              return 0L;
            });
    t.join();
    if (result.get() == null) {
      throw new IllegalStateException("case failed on " + t);
    }
    return result.get();
  }

  private static Thread start(boolean virtual, Callable<Long> body) throws Exception {
    Runnable r =
        () -> {
          try {
            body.call();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    if (!virtual) {
      Thread t = new Thread(r, "lock-case-" + THREADS.incrementAndGet());
      t.start();
      return t;
    }
    // Thread.ofVirtual().start(r), by reflection: the tests compile for Java 17.
    Method ofVirtual = Thread.class.getMethod("ofVirtual");
    Object builder = ofVirtual.invoke(null);
    Method startMethod =
        Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
    return (Thread) startMethod.invoke(builder, r);
  }
}
