package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.ProfileSnapshot;

/**
 * One output of the profile: a report file, a periodic rewrite, a recording. Every output reads the
 * same {@link ProfileSnapshot}s (operations, locks, distributions, red flags), taken once per
 * occasion and handed to each sink in turn; adding an output means writing one sink and listing it
 * where the runtime lists its sinks.
 *
 * <p>Called by the runtime's own threads (activation, the periodic snapshot thread, the exit hook),
 * never from the hot path. A sink reports its failures itself (one stderr line, or the suppressed
 * errors count) and never throws to the runtime; a {@link RuntimeException} it throws anyway is
 * counted and the next sink still runs.
 */
public interface ProfileSink {
  /** Called once when the runtime starts recording; starts what the output needs. */
  default void start() {}

  /**
   * @return true when this sink wants {@link #periodic} snapshots ({@code
   *     boundary.snapshotInterval})
   */
  default boolean wantsPeriodic() {
    return false;
  }

  /**
   * Called every {@code boundary.snapshotInterval} while the JVM runs, on the snapshot thread.
   *
   * @param snapshot everything recorded so far, with red flags; not null
   */
  default void periodic(ProfileSnapshot snapshot) {}

  /**
   * Called once at exit (or detach), with the final snapshot.
   *
   * @param snapshot everything recorded, with red flags; null when it could not be built (the
   *     failure is counted in the suppressed errors): a sink that needs it then writes nothing
   */
  default void exit(ProfileSnapshot snapshot) {}
}
