package dev.boundarytracer.it.app;

/** The application's own checked exception: the store refused a batch. */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what the store said
   */
  public StoreException(String message) {
    super(message);
  }
}
