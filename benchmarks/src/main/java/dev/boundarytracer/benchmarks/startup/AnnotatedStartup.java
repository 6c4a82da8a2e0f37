package dev.boundarytracer.benchmarks.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongUnaryOperator;

/**
 * A small annotated application, timed from the outside with and without the agent: 21 operations
 * of four phases each (a nominal 1 ms per call), the first called on the main thread (it loads the
 * first annotated class, which activates the agent), then every operation {@value #CALLS} times on
 * a pool of two threads.
 *
 * <p>Prints one line, {@code firstCallMicros=<n> mainMillis=<n>}: the first operation call's wall
 * time as its caller sees it (class loading included, with or without the agent) and the time from
 * the start of {@code main} to the end of the work.
 */
public final class AnnotatedStartup {
  /** Calls of each operation on the pool. */
  static final int CALLS = 5;

  private AnnotatedStartup() {}

  public static void main(String[] args) throws Exception {
    long mainStart = System.nanoTime();
    long firstStart = System.nanoTime();
    long sink = Stores.Orders.insert(1);
    long firstNanos = System.nanoTime() - firstStart;
    List<LongUnaryOperator> operations = operations();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Long>> results = new ArrayList<>();
    for (int call = 0; call < CALLS; call++) {
      for (LongUnaryOperator operation : operations) {
        long seed = call;
        results.add(pool.submit(() -> operation.applyAsLong(seed)));
      }
    }
    for (Future<Long> result : results) {
      sink ^= result.get();
    }
    pool.shutdown();
    long mainNanos = System.nanoTime() - mainStart;
    System.out.println(
        "firstCallMicros="
            + firstNanos / 1000
            + " mainMillis="
            + mainNanos / 1_000_000
            + (sink == 42 ? " " : ""));
  }

  private static List<LongUnaryOperator> operations() {
    return List.of(
        Stores.Orders::insert,
        Stores.Orders::find,
        Stores.Orders::update,
        Stores.Customers::insert,
        Stores.Customers::find,
        Stores.Customers::update,
        Stores.Invoices::insert,
        Stores.Invoices::find,
        Stores.Invoices::update,
        Stores.Shipments::insert,
        Stores.Shipments::find,
        Stores.Shipments::update,
        Stores.Products::insert,
        Stores.Products::find,
        Stores.Products::update,
        Stores.Payments::insert,
        Stores.Payments::find,
        Stores.Payments::update,
        Stores.Reviews::insert,
        Stores.Reviews::find,
        Stores.Reviews::update);
  }
}
