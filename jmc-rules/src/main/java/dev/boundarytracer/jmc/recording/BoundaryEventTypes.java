package dev.boundarytracer.jmc.recording;

/** The identifiers of the agent's JFR event types that the rules read. */
public final class BoundaryEventTypes {
  /** One phase call. */
  public static final String PHASE = "dev.boundarytracer.Phase";

  /** One operation call. */
  public static final String OPERATION = "dev.boundarytracer.Operation";

  /** Per-interval durations of one (operation, phase). */
  public static final String PHASE_STATISTICS = "dev.boundarytracer.PhaseStatistics";

  /** Per-period utilization of one designated lock. */
  public static final String LOCK_STATISTICS = "dev.boundarytracer.LockStatistics";

  /** One long hold of a designated lock. */
  public static final String LOCK_HOLD = "dev.boundarytracer.LockHold";

  /** The thresholds the agent judged with, at recording start and every chunk start. */
  public static final String CONFIGURATION = "dev.boundarytracer.Configuration";

  /** A red flag the agent raised, at every chunk end. */
  public static final String RED_FLAG = "dev.boundarytracer.RedFlag";

  private BoundaryEventTypes() {}
}
