package dev.boundarytracer;

/**
 * The four phases of an operation that moves data across a boundary, in the order they run.
 *
 * <p>The lock default of each phase comes from the four-phase model: the phases that touch
 * application objects (extract, materialize) hold the serialising lock; encoding and I/O release
 * it.
 */
public enum Phase {
  /** Read application objects into an intermediate form. Holds the lock by default. */
  EXTRACT(true, "Extract"),
  /** Encode the intermediate form (BSON, JSON, bytes). Releases the lock by default. */
  CONVERT(false, "Convert"),
  /** I/O with the store. Releases the lock by default. */
  NETWORK(false, "Network"),
  /** Build result objects for the caller. Holds the lock by default. */
  MATERIALIZE(true, "Materialize");

  private final boolean holdsLockByDefault;
  private final String label;

  Phase(boolean holdsLockByDefault, String label) {
    this.holdsLockByDefault = holdsLockByDefault;
    this.label = label;
  }

  /**
   * Whether this phase holds the serialising lock unless declared otherwise.
   *
   * @return true for {@link #EXTRACT} and {@link #MATERIALIZE}
   */
  public boolean holdsLockByDefault() {
    return holdsLockByDefault;
  }

  /**
   * The headline-case name used in reports, e.g. {@code "Extract"}.
   *
   * @return never null
   */
  public String label() {
    return label;
  }
}
