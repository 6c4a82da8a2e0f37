package dev.boundarytracer.demo.model;

/**
 * One line of an order, stored as a sub-document in the order's {@code items} array.
 *
 * @param sku the product's stock-keeping unit
 * @param product the product's name
 * @param quantity units ordered
 * @param unitPrice price per unit
 */
public record LineItem(String sku, String product, int quantity, double unitPrice) {
  private static final String[] FIELDS = {"sku", "product", "quantity", "unitPrice"};

  /**
   * Quantity times unit price.
   *
   * @return the line's amount
   */
  public double amount() {
    return quantity * unitPrice;
  }

  /**
   * This line in the intermediate form.
   *
   * @return a sub-document with four fields
   */
  public IntermediateDocument extract() {
    return new IntermediateDocument(FIELDS, new Object[] {sku, product, quantity, unitPrice});
  }
}
