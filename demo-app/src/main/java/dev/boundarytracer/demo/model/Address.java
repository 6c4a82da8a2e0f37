package dev.boundarytracer.demo.model;

/**
 * A shipping address, stored as a nested sub-document.
 *
 * @param street street and number
 * @param city city
 * @param postalCode postal code
 * @param country ISO country code
 */
public record Address(String street, String city, String postalCode, String country) {
  private static final String[] FIELDS = {"street", "city", "postalCode", "country"};

  /**
   * This address in the intermediate form.
   *
   * @return a sub-document with four string fields
   */
  public IntermediateDocument extract() {
    return new IntermediateDocument(FIELDS, new Object[] {street, city, postalCode, country});
  }
}
