package dev.boundarytracer.demo.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.demo.model.IntermediateDocument;
import dev.boundarytracer.demo.model.Order;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderGeneratorTest {

  @Test
  void sameSeedGivesTheSameOrders() {
    assertEquals(new OrderGenerator(7).next(200), new OrderGenerator(7).next(200));
  }

  @Test
  void differentSeedsGiveDifferentOrders() {
    assertNotEquals(new OrderGenerator(7).next(50), new OrderGenerator(8).next(50));
  }

  @Test
  void consecutiveOrdersDiffer() {
    List<Order> orders = new OrderGenerator(1).next(100);
    assertEquals(100, new HashSet<>(orders).size());
    assertEquals("ORD-00000001", orders.get(0).orderNumber());
    assertEquals("ORD-00000100", orders.get(99).orderNumber());
  }

  @Test
  void extractedOrderHasTheFieldMixOfARealisticDocument() {
    Set<Class<?>> types = new HashSet<>();
    for (Order order : new OrderGenerator(3).next(100)) {
      IntermediateDocument fields = order.extract(41);
      assertEquals("_id", fields.names()[0]);
      assertEquals(41L, fields.values()[0]);
      for (Object value : fields.values()) {
        types.add(value instanceof List<?> ? List.class : value.getClass());
        assertTrue(value != null);
      }
      IntermediateDocument address =
          assertInstanceOf(IntermediateDocument.class, fields.get("shipTo"));
      assertEquals(4, address.size());
      assertEquals(order.status(), order.category());
    }
    for (Class<?> expected :
        List.of(
            String.class,
            Integer.class,
            Long.class,
            Double.class,
            Boolean.class,
            Instant.class,
            IntermediateDocument.class,
            Object[].class,
            List.class)) {
      assertTrue(types.contains(expected), "no field of type " + expected.getSimpleName());
    }
  }

  @Test
  void everyOrderHasLinesAndItsTotalIsTheirSumInCents() {
    for (Order order : new OrderGenerator(5).next(50)) {
      assertTrue(order.items().size() >= 1);
      double sum =
          order.items().stream().mapToDouble(item -> item.quantity() * item.unitPrice()).sum();
      assertEquals(sum, order.total(), 0.005);
      assertEquals(order.items().stream().mapToInt(item -> item.quantity()).sum(), order.units());
    }
  }
}
