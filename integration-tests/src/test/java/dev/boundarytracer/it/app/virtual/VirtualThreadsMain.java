package dev.boundarytracer.it.app.virtual;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link #TASKS} operations, each on its own virtual thread (Java 21+; reached reflectively so
 * that this class compiles for Java 17). Prints {@code virtual=<n>}: how many tasks ran on a
 * virtual thread.
 */
public final class VirtualThreadsMain {
  public static final int TASKS = 10_000;
  public static final int DOCS = 3;

  private VirtualThreadsMain() {}

  public static void main(String[] args) throws Exception {
    Method isVirtual = Thread.class.getMethod("isVirtual");
    VirtualWork work = new VirtualWork();
    AtomicInteger virtual = new AtomicInteger();
    ExecutorService executor =
        (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    for (int i = 0; i < TASKS; i++) {
      executor.submit(
          () -> {
            if ((Boolean) isVirtual.invoke(Thread.currentThread())) {
              virtual.incrementAndGet();
            }
            return work.run(DOCS);
          });
    }
    executor.shutdown();
    if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("tasks still running after 2 minutes");
    }
    System.out.println("virtual=" + virtual.get());
  }
}
