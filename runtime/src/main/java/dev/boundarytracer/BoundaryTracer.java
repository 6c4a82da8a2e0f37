package dev.boundarytracer;

import java.util.Arrays;

/**
 * Times one operation by hand, phase by phase, for code that cannot be annotated (the same
 * four-phase model without annotations).
 *
 * <pre>{@code
 * BoundaryTracer tracer = new BoundaryTracer("insert_many");
 * tracer.startExtract();  ...  tracer.endExtract();
 * tracer.startConvert();  tracer.recordLockRelease();  ...  tracer.endConvert();
 * tracer.setDocCount(docs.size());
 * tracer.setParallel(true);
 * OperationTiming timing = tracer.finish();
 * }</pre>
 *
 * <p>Not thread-safe: one tracer per operation, used by one thread. {@link #finish()} records the
 * operation into the process-wide figures: with the agent into its recorder ({@link
 * BoundaryMetrics}, the exit report, and a JFR {@code dev.boundarytracer.Phase} event per phase
 * while a recording wants them), without it into {@link BoundaryMetrics} only. A phase started
 * several times sums its durations. Phase lock use follows {@link Phase#holdsLockByDefault()}
 * unless {@link #setLockUse} says otherwise.
 */
public final class BoundaryTracer {
  private static final Phase[] PHASES = Phase.values();

  private final String operation;

  /** The agent's id of the operation; -1 without the agent. */
  private final int operationId;

  private final long startNanos = System.nanoTime();
  private final long[] phaseNanos = new long[PHASES.length];
  private final long[] phaseStartNanos = new long[PHASES.length];
  private final LockUse[] phaseLock = new LockUse[PHASES.length];
  private final Object[] phaseEvents = new Object[PHASES.length];
  private long docCount;
  private long lockReleases;
  private boolean parallel;
  private boolean finished;

  /**
   * Starts timing an operation now.
   *
   * @param operation the operation's name, e.g. {@code "insert_many"}
   * @throws IllegalArgumentException if the name is null or blank
   */
  public BoundaryTracer(String operation) {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException(
          "operation name must be a non-blank string, e.g. \"insert_many\"; got " + operation);
    }
    this.operation = operation;
    this.operationId = AgentBridge.PRESENT ? agentOperationId(operation) : -1;
    Arrays.fill(phaseNanos, -1);
    Arrays.fill(phaseStartNanos, -1);
    for (Phase p : PHASES) {
      phaseLock[p.ordinal()] = LockUse.DEFAULT.resolve(p);
    }
  }

  /**
   * Starts a phase.
   *
   * @param phase the phase, not null
   * @throws IllegalStateException if that phase is already started or the tracer is finished
   */
  public void start(Phase phase) {
    checkOpen();
    int i = phase.ordinal();
    if (phaseStartNanos[i] >= 0) {
      throw new IllegalStateException(
          phase.label() + " already started; call end(" + phase + ") first");
    }
    if (AgentBridge.PRESENT) {
      try {
        phaseEvents[i] = (Object) AgentBridge.PHASE_BEGIN.invokeExact();
      } catch (Throwable t) {
        throw AgentBridge.rethrow(t);
      }
    }
    phaseStartNanos[i] = System.nanoTime();
  }

  /**
   * Ends a phase and adds its duration.
   *
   * @param phase the phase, not null
   * @throws IllegalStateException if that phase is not started or the tracer is finished
   */
  public void end(Phase phase) {
    long now = System.nanoTime();
    checkOpen();
    int i = phase.ordinal();
    if (phaseStartNanos[i] < 0) {
      throw new IllegalStateException(
          phase.label() + " was not started; call start(" + phase + ") first");
    }
    long d = Math.max(0, now - phaseStartNanos[i]);
    phaseNanos[i] = Math.max(0, phaseNanos[i]) + d;
    phaseStartNanos[i] = -1;
    Object event = phaseEvents[i];
    if (event != null) {
      phaseEvents[i] = null;
      try {
        AgentBridge.PHASE_END.invokeExact(
            event, operation, phase.name(), docCount, phaseLock[i].name());
      } catch (Throwable t) {
        throw AgentBridge.rethrow(t);
      }
    }
  }

  /** Starts the extract phase. @see #start(Phase) */
  public void startExtract() {
    start(Phase.EXTRACT);
  }

  /** Ends the extract phase. @see #end(Phase) */
  public void endExtract() {
    end(Phase.EXTRACT);
  }

  /** Starts the convert phase. @see #start(Phase) */
  public void startConvert() {
    start(Phase.CONVERT);
  }

  /** Ends the convert phase. @see #end(Phase) */
  public void endConvert() {
    end(Phase.CONVERT);
  }

  /** Starts the network phase. @see #start(Phase) */
  public void startNetwork() {
    start(Phase.NETWORK);
  }

  /** Ends the network phase. @see #end(Phase) */
  public void endNetwork() {
    end(Phase.NETWORK);
  }

  /** Starts the materialize phase. @see #start(Phase) */
  public void startMaterialize() {
    start(Phase.MATERIALIZE);
  }

  /** Ends the materialize phase. @see #end(Phase) */
  public void endMaterialize() {
    end(Phase.MATERIALIZE);
  }

  /**
   * Counts one release of the serialising lock (as Python's GIL is released around I/O and
   * encoding).
   */
  public void recordLockRelease() {
    lockReleases++;
  }

  /**
   * Sets the operation's document count.
   *
   * @param docs documents, >= 0
   * @throws IllegalArgumentException if negative
   */
  public void setDocCount(long docs) {
    if (docs < 0) {
      throw new IllegalArgumentException("document count must be >= 0, got " + docs);
    }
    this.docCount = docs;
  }

  /**
   * Marks whether the convert phase ran in parallel.
   *
   * @param parallel true when the work was spread over several threads
   */
  public void setParallel(boolean parallel) {
    this.parallel = parallel;
  }

  /**
   * Overrides whether a phase holds the lock.
   *
   * @param phase the phase, not null
   * @param lock HELD, RELEASED, or DEFAULT for the phase's default
   */
  public void setLockUse(Phase phase, LockUse lock) {
    phaseLock[phase.ordinal()] = lock.resolve(phase);
  }

  /**
   * Ends the operation, records it process-wide, and returns its timing.
   *
   * @return the timing, never null
   * @throws IllegalStateException if called twice, or while a phase is still started
   */
  public OperationTiming finish() {
    long total = Math.max(0, System.nanoTime() - startNanos);
    checkOpen();
    for (Phase p : PHASES) {
      if (phaseStartNanos[p.ordinal()] >= 0) {
        throw new IllegalStateException(p.label() + " is still started; end it before finish()");
      }
    }
    finished = true;
    OperationTiming timing =
        new OperationTiming(
            operation, docCount, total, phaseNanos, phaseLock, lockReleases, parallel);
    if (AgentBridge.PRESENT) {
      boolean[] held = new boolean[PHASES.length];
      for (Phase p : PHASES) {
        held[p.ordinal()] = phaseLock[p.ordinal()] == LockUse.HELD;
      }
      try {
        AgentBridge.FINISH.invokeExact(
            operationId,
            startNanos,
            total,
            phaseNanos.clone(),
            held,
            docCount,
            lockReleases,
            parallel);
      } catch (Throwable t) {
        throw AgentBridge.rethrow(t);
      }
    } else {
      StandaloneRecorder.record(timing);
    }
    return timing;
  }

  private static int agentOperationId(String operation) {
    try {
      return (int) AgentBridge.OPERATION_ID.invokeExact(operation);
    } catch (Throwable t) {
      throw AgentBridge.rethrow(t);
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("operation " + operation + " is already finished");
    }
  }
}
