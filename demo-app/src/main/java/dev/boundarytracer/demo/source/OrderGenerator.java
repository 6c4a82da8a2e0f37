package dev.boundarytracer.demo.source;

import dev.boundarytracer.demo.model.Address;
import dev.boundarytracer.demo.model.LineItem;
import dev.boundarytracer.demo.model.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Generates synthetic {@link Order}s; the same seed always gives the same orders. */
public final class OrderGenerator {
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
  private static final long YEAR_MILLIS = 366L * 24 * 60 * 60 * 1000;
  private static final String[] FIRST_NAMES = {
    "Ada",
    "Grace",
    "Alan",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "Niklaus",
    "Radia",
    "Ken",
    "Margaret",
    "John",
    "Shafi",
    "Leslie",
    "Tim",
    "Hedy"
  };
  private static final String[] LAST_NAMES = {
    "Lovelace",
    "Hopper",
    "Turing",
    "Dijkstra",
    "Liskov",
    "Knuth",
    "Allen",
    "Wirth",
    "Perlman",
    "Thompson",
    "Hamilton",
    "McCarthy",
    "Goldwasser",
    "Lamport",
    "Berners-Lee",
    "Lamarr"
  };
  private static final String[] STATUSES = {
    "pending", "paid", "packed", "shipped", "delivered", "returned"
  };
  private static final String[] STREETS = {
    "Main Street", "Station Road", "Church Lane", "Mill Road", "High Street", "Park Avenue"
  };
  private static final String[] CITIES = {
    "Amsterdam", "Berlin", "Lisbon", "Oslo", "Vienna", "Zurich", "Dublin", "Prague"
  };
  private static final String[] COUNTRIES = {"NL", "DE", "PT", "NO", "AT", "CH", "IE", "CZ"};
  private static final String[] PRODUCTS = {
    "Mechanical keyboard",
    "USB-C cable",
    "Noise-cancelling headphones",
    "Desk lamp",
    "Notebook (A5, dotted)",
    "Fountain pen",
    "Monitor arm",
    "Laptop stand",
    "Webcam",
    "Coffee beans 1kg",
    "Ergonomic mouse",
    "Standing mat"
  };
  private static final int MAX_ITEMS = 3;
  private static final String[] TAGS = {
    "gift", "fragile", "bulk", "priority", "repeat-customer", "promo", "b2b", "eco"
  };

  private final SplittableRandom random;
  private long sequence;

  /**
   * A generator whose output depends only on its random seed.
   *
   * @param seed any value
   */
  public OrderGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * The next {@code count} orders.
   *
   * @param count >= 0
   * @return a new mutable list
   */
  public List<Order> next(int count) {
    List<Order> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      orders.add(next());
    }
    return orders;
  }

  /**
   * The next order.
   *
   * @return never null
   */
  public Order next() {
    long number = ++sequence;
    String first = pick(FIRST_NAMES);
    String last = pick(LAST_NAMES);
    int city = random.nextInt(CITIES.length);
    Address address =
        new Address(
            (1 + random.nextInt(250)) + " " + pick(STREETS),
            CITIES[city],
            String.format(Locale.ROOT, "%05d", random.nextInt(100_000)),
            COUNTRIES[city]);
    return new Order(
        String.format(Locale.ROOT, "ORD-%08d", number),
        1_000_000L + random.nextInt(500_000),
        first + " " + last,
        first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@example.com",
        pick(STATUSES),
        random.nextInt(4) == 0,
        EPOCH.plusMillis(random.nextLong(YEAR_MILLIS)),
        address,
        tags(),
        items());
  }

  private List<LineItem> items() {
    int count = 1 + random.nextInt(MAX_ITEMS);
    List<LineItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int product = random.nextInt(PRODUCTS.length);
      items.add(
          new LineItem(
              String.format(Locale.ROOT, "SKU-%03d-%02d", product, random.nextInt(40)),
              PRODUCTS[product],
              1 + random.nextInt(10),
              Math.round(random.nextDouble(1.0, 250.0) * 100.0) / 100.0));
    }
    return items;
  }

  private List<String> tags() {
    int count = random.nextInt(4);
    List<String> tags = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String tag = pick(TAGS);
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
