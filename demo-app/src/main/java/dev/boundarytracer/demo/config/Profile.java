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
  MISLABELED;

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
   * @return true for {@link #HEALTHY}
   */
  public boolean convertMayRunInParallel() {
    return this == HEALTHY;
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
        "'" + text + "' is not a profile; expected one of healthy, contended, serial, mislabeled");
  }
}
