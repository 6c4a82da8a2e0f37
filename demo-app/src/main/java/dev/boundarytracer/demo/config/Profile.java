package dev.boundarytracer.demo.config;

import java.util.Locale;

/** How the bridge treats its GIL-analogue lock and the convert phase. */
public enum Profile {
  /** Extract and materialize hold the lock; convert runs in parallel with the lock released. */
  HEALTHY,
  /**
   * Convert also runs with the lock held (and is declared so), on the holding thread only, as work
   * under Python's GIL does: lock-held time dominates.
   */
  CONTENDED,
  /** Convert runs with the lock released but on the calling thread only. */
  SERIAL,
  /**
   * Convert holds the lock on the holding thread only, as in {@link #CONTENDED}, but is declared as
   * releasing it (the default): the declaration is wrong, and only the measured lock shows it.
   */
  MISLABELED,
  /**
   * As {@link #HEALTHY}, but every hold of the lock in extract and materialize lasts at least
   * {@link #lockHoldFloorNanos()}, as under a driver that validates whole object graphs under its
   * lock: the lock is held for most of each operation, so from two threads on it is busy nearly all
   * the time and more threads only queue for it.
   */
  SATURATED;

  /** The shortest hold of the lock in the saturated profile: 5 ms. */
  private static final long SATURATED_HOLD_FLOOR_NANOS = 5_000_000;

  /**
   * The name users type on the command line and see in reports.
   *
   * @return the lower-case name, e.g. {@code healthy}
   */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the convert phase runs with the lock held.
   *
   * @return true for {@link #CONTENDED} and {@link #MISLABELED}
   */
  public boolean convertHoldsLock() {
    return this == CONTENDED || this == MISLABELED;
  }

  /**
   * Whether the convert phase declares that it holds the lock.
   *
   * @return true for {@link #CONTENDED} only
   */
  public boolean convertDeclaredHeld() {
    return this == CONTENDED;
  }

  /**
   * Whether the convert phase may spread a large batch over a ForkJoin pool: only with the lock
   * released, since a thread holding the GIL analogue has no one to share its work with.
   *
   * @return true for {@link #HEALTHY} and {@link #SATURATED}
   */
  public boolean convertMayRunInParallel() {
    return this == HEALTHY || this == SATURATED;
  }

  /**
   * How long a convert that holds the lock keeps it at least, as a multiple of the work the thread
   * did without the lock just before (the query it waited for).
   *
   * @return 2 for {@link #CONTENDED}, 0 otherwise: converting into the host language's objects
   *     under its lock outweighs the I/O, as decoding under Python's GIL does, so the lock is held
   *     for well over half of each operation that converts what it fetched, however long the query
   *     took
   */
  public double convertHoldShare() {
    return this == CONTENDED ? 2.0 : 0.0;
  }

  /**
   * How long each hold of the lock lasts at least, as a multiple of the work the thread did without
   * the lock since its previous release (see {@code GilLock}).
   *
   * @return 2 for {@link #SATURATED}, 0 (holds last as long as their work) otherwise
   */
  public double lockHoldShare() {
    return this == SATURATED ? 2.0 : 0.0;
  }

  /**
   * Parses a profile name, case-insensitively.
   *
   * @param text the name, e.g. {@code contended}
   * @return the profile
   * @throws IllegalArgumentException when no profile has that name
   */
  public static Profile parse(String text) {
    for (Profile profile : values()) {
      if (profile.cliName().equalsIgnoreCase(text.trim())) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a profile; expected one of healthy, contended, serial, mislabeled,"
            + " saturated");
  }
}
