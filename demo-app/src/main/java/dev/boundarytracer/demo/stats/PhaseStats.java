package dev.boundarytracer.demo.stats;

import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.bridge.OperationKind;
import java.util.concurrent.atomic.LongAdder;

/**
 * The demo's own clock: summed phase and operation times per operation kind, recorded by every
 * worker. Independent of the agent, so a run without it can still be measured (and one with it
 * compared). Thread-safe.
 */
public final class PhaseStats {
  private static final int PHASES = Phase.values().length;

  private final LongAdder[] ops = adders(OperationKind.values().length);
  private final LongAdder[] docs = adders(OperationKind.values().length);
  private final LongAdder[] totalNanos = adders(OperationKind.values().length);
  private final LongAdder[] phaseNanos = adders(OperationKind.values().length * PHASES);

  /**
   * Records one completed operation.
   *
   * @param kind which operation
   * @param documents its document count
   * @param nanosByPhase time per phase, indexed by {@link Phase#ordinal()}
   * @param total the operation's whole time
   */
  public void record(OperationKind kind, long documents, long[] nanosByPhase, long total) {
    int k = kind.ordinal();
    ops[k].increment();
    docs[k].add(documents);
    totalNanos[k].add(total);
    for (int p = 0; p < PHASES; p++) {
      phaseNanos[k * PHASES + p].add(nanosByPhase[p]);
    }
  }

  /**
   * What was recorded for one operation kind so far.
   *
   * @param kind which operation
   * @return a snapshot
   */
  public OperationTimes times(OperationKind kind) {
    int k = kind.ordinal();
    long[] phases = new long[PHASES];
    for (int p = 0; p < PHASES; p++) {
      phases[p] = phaseNanos[k * PHASES + p].sum();
    }
    return new OperationTimes(kind, ops[k].sum(), docs[k].sum(), phases, totalNanos[k].sum());
  }

  private static LongAdder[] adders(int count) {
    LongAdder[] adders = new LongAdder[count];
    for (int i = 0; i < count; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }
}
