package dev.boundarytracer.demo.model;

/** An application object the bridge can store: one document. */
public interface SourceDocument {

  /**
   * The value of the indexed {@code category} column.
   *
   * @return never null, at most 64 characters
   */
  String category();

  /**
   * Reads this object into the intermediate form, {@code _id} first. Must be cheap: it runs under
   * the bridge's lock.
   *
   * @param id the value of the {@code _id} field (replaces any id the object has)
   * @return the intermediate form
   */
  IntermediateDocument extract(long id);
}
