package dev.boundarytracer.it.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a known number of {@code store_orders} operations, then leaves the way its argument says:
 * {@code exit} calls {@code System.exit(3)}; {@code throw} lets an exception escape {@code main};
 * {@code wait} prints {@code READY} and blocks until the JVM is stopped by a signal.
 */
public final class ShutdownMain {
  /** Operations run before leaving. */
  public static final int OPERATIONS = 25;

  private ShutdownMain() {}

  public static void main(String[] args) throws InterruptedException {
    OrderBridge bridge = new OrderBridge();
    List<Order> batch = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      batch.add(new Order(i, "customer-" + i, 100L * i));
    }
    for (int i = 0; i < OPERATIONS; i++) {
      bridge.store(batch);
    }
    if (args.length > 0 && args[0].equals("exit")) {
      System.exit(3);
    }
    if (args.length > 0 && args[0].equals("throw")) {
      throw new IllegalStateException("escaped from main on purpose");
    }
    System.out.println("READY");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
