package dev.boundarytracer.it.app.pointcut;

import dev.boundarytracer.it.app.Order;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link #SAVES} saves of {@link #BATCH} orders each, then one load, against an in-memory H2
 * database; prints {@code loaded=<n>}.
 */
public final class PointcutMain {
  public static final int SAVES = 12;
  public static final int BATCH = 5;

  private PointcutMain() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:pointcuts")) {
      OrderRepository repo = new OrderRepository(c);
      long id = 0;
      for (int s = 0; s < SAVES; s++) {
        List<Order> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++, id++) {
          batch.add(new Order(id, "customer-" + id, 100 * id));
        }
        repo.saveAll(batch);
      }
      System.out.println("loaded=" + repo.loadIds().length);
    }
  }
}
