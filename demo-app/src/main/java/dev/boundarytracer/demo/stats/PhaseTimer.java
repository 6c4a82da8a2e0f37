package dev.boundarytracer.demo.stats;

import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.bridge.OperationKind;
import java.util.Arrays;

/**
 * Times the phases of one operation at a time, for one operation object on one thread, and hands
 * the result to {@link PhaseStats}. Not thread-safe.
 */
public final class PhaseTimer {
  private final PhaseStats stats;
  private final OperationKind kind;
  private final long[] nanos = new long[Phase.values().length];
  private long start;
  private long last;

  /**
   * A timer for one kind of operation.
   *
   * @param stats where finished operations go
   * @param kind which operation this timer times
   */
  public PhaseTimer(PhaseStats stats, OperationKind kind) {
    this.stats = stats;
    this.kind = kind;
  }

  /** Starts timing an operation. */
  public void begin() {
    Arrays.fill(nanos, 0);
    start = System.nanoTime();
    last = start;
  }

  /**
   * Ends a phase that started when the previous one ended (or at {@link #begin()}).
   *
   * @param phase the phase that just ended
   */
  public void lap(Phase phase) {
    long now = System.nanoTime();
    nanos[phase.ordinal()] += now - last;
    last = now;
  }

  /**
   * Ends the operation and records it.
   *
   * @param documents its document count
   */
  public void end(long documents) {
    stats.record(kind, documents, nanos, System.nanoTime() - start);
  }
}
