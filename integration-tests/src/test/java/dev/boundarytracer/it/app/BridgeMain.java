package dev.boundarytracer.it.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link OrderBridge#store(List)} a number of times on the main thread.
 *
 * <p>Arguments: {@code [operations] [batch]}, default 20 operations of 200 orders. Prints {@code
 * stored <operations> batches} on stdout when done.
 */
public final class BridgeMain {
  private BridgeMain() {}

  /**
   * @param args {@code [operations] [batch]}
   */
  public static void main(String[] args) {
    int operations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    List<Order> orders = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      orders.add(new Order(i, "customer-" + (i % 17), 100L * i));
    }
    OrderBridge bridge = new OrderBridge();
    long acknowledged = 0;
    for (int i = 0; i < operations; i++) {
      acknowledged += bridge.store(orders).size();
    }
    if (acknowledged != (long) operations * batch) {
      throw new IllegalStateException("acknowledged " + acknowledged);
    }
    System.out.println("stored " + operations + " batches");
  }
}
