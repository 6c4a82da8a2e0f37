package dev.boundarytracer.demo.model;

import java.time.Instant;
import java.util.List;

/**
 * A synthetic order: the application object of the default workload, with the field mix of a
 * typical document (strings, 32- and 64-bit integers, doubles, a boolean, a date, a nested
 * sub-document, an array of strings and an array of sub-documents).
 *
 * @param orderNumber a readable order number
 * @param customerId the customer's numeric id
 * @param customer the customer's name
 * @param email the customer's e-mail address
 * @param status the order's status, also its category
 * @param express whether shipping is express
 * @param createdAt when the order was placed
 * @param shipTo where it goes
 * @param tags free-form labels
 * @param items the order's lines, at least one
 */
public record Order(
    String orderNumber,
    long customerId,
    String customer,
    String email,
    String status,
    boolean express,
    Instant createdAt,
    Address shipTo,
    List<String> tags,
    List<LineItem> items)
    implements SourceDocument {
  private static final String[] FIELDS = {
    "_id",
    "orderNumber",
    "customerId",
    "customer",
    "email",
    "status",
    "express",
    "createdAt",
    "shipTo",
    "tags",
    "items",
    "units",
    "total"
  };

  public Order {
    tags = List.copyOf(tags);
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one line");
    }
  }

  /**
   * Units over all lines.
   *
   * @return the sum of the lines' quantities
   */
  public int units() {
    int units = 0;
    for (LineItem item : items) {
      units += item.quantity();
    }
    return units;
  }

  /**
   * The order's amount, rounded to cents.
   *
   * @return the sum of the lines' amounts
   */
  public double total() {
    double total = 0;
    for (LineItem item : items) {
      total += item.amount();
    }
    return Math.round(total * 100.0) / 100.0;
  }

  @Override
  public String category() {
    return status;
  }

  @Override
  public IntermediateDocument extract(long id) {
    Object[] lines = new Object[items.size()];
    int units = 0;
    double total = 0;
    for (int i = 0; i < lines.length; i++) {
      LineItem item = items.get(i);
      lines[i] = item.extract();
      units += item.quantity();
      total += item.amount();
    }
    return new IntermediateDocument(
        FIELDS,
        new Object[] {
          id,
          orderNumber,
          customerId,
          customer,
          email,
          status,
          express,
          createdAt,
          shipTo.extract(),
          tags,
          lines,
          units,
          Math.round(total * 100.0) / 100.0
        });
  }
}
