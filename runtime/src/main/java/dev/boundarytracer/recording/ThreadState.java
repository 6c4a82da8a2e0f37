package dev.boundarytracer.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.jfr.EventProbes;
import dev.boundarytracer.jfr.OperationEvent;
import dev.boundarytracer.jfr.PhaseEvent;
import java.util.Arrays;

/**
 * The calling thread's stack of running operations and phases, and its per-operation recorders.
 *
 * <p>Not thread-safe by design: each instance is reached only through {@link #current()} by its own
 * thread, except for the recorders, which {@link Aggregator} reads. Steady-state calls allocate
 * nothing (arrays grow only when nesting gets deeper than ever before on this thread), take no lock
 * and look up no map; a phase event object is allocated once per nesting depth, the first time a
 * recording has the event enabled, and reused after that.
 */
public final class ThreadState {
  private static final int INITIAL_DEPTH = 8;
  private static final ThreadLocal<ThreadState> CURRENT =
      ThreadLocal.withInitial(() -> Aggregator.register(new ThreadState(Thread.currentThread())));
  private static volatile boolean agentActive;

  final Thread thread;
  private volatile ThreadOperationRecorder[] recorders = new ThreadOperationRecorder[4];

  // Running operations, innermost at depth - 1.
  private int depth;
  private int[] opId = new int[INITIAL_DEPTH];
  private long[] opStartNanos = new long[INITIAL_DEPTH];
  private long[] opHeldNanos = new long[INITIAL_DEPTH];
  private long[] opReleases = new long[INITIAL_DEPTH];
  private long[] opDocs = new long[INITIAL_DEPTH];
  private long[] opAllocStart = new long[INITIAL_DEPTH];
  private boolean[] opParallel = new boolean[INITIAL_DEPTH];
  private OperationEvent[] opEvent = new OperationEvent[INITIAL_DEPTH];

  // Running phases, innermost at phaseDepth - 1.
  private int phaseDepth;
  private int[] phMethod = new int[INITIAL_DEPTH];
  private int[] phOperation = new int[INITIAL_DEPTH];
  private int[] phFrame = new int[INITIAL_DEPTH];
  private long[] phStartNanos = new long[INITIAL_DEPTH];
  private MethodSpec[] phSpec = new MethodSpec[INITIAL_DEPTH];
  // One event object per depth, reused call after call (begin/end/commit reset what they use).
  private PhaseEvent[] phEvent = new PhaseEvent[INITIAL_DEPTH];
  private boolean[] phEventBegun = new boolean[INITIAL_DEPTH];

  private ThreadState(Thread thread) {
    this.thread = thread;
  }

  /**
   * The calling thread's state, created on first use.
   *
   * @return never null
   */
  public static ThreadState current() {
    return CURRENT.get();
  }

  /**
   * The calling thread's state when the agent is attached.
   *
   * @return the state, or null without the agent
   */
  public static ThreadState currentIfActive() {
    return agentActive ? CURRENT.get() : null;
  }

  /** Called once by the agent when it installs itself. */
  public static void markAgentActive() {
    agentActive = true;
  }

  /**
   * Starts an operation on this thread.
   *
   * @param operationId from {@link OperationRegistry#idOf}
   * @param docs documents known at the start, or a negative value when unknown
   */
  public void enterOperation(int operationId, long docs) {
    int d = depth;
    if (d == opId.length) {
      growOperations();
    }
    opId[d] = operationId;
    opHeldNanos[d] = 0;
    opReleases[d] = 0;
    opDocs[d] = Math.max(docs, 0);
    opParallel[d] = false;
    opAllocStart[d] = AllocationCounter.currentThreadAllocatedBytes();
    OperationEvent event = null;
    if (EventProbes.operationEnabled()) {
      event = new OperationEvent();
      event.begin();
    }
    long startNanos = System.nanoTime();
    opEvent[d] = event;
    opStartNanos[d] = startNanos;
    depth = d + 1;
  }

  /**
   * Ends the innermost operation on this thread and records it. Does nothing when none runs.
   *
   * @param failed true when the operation method threw
   */
  public void exitOperation(boolean failed) {
    int d = depth - 1;
    if (d < 0) {
      return;
    }
    // Same order as on entry (JFR clock, then ours), so the event's duration and ours differ only
    // by the difference of two equal code paths.
    OperationEvent event = opEvent[d];
    if (event != null) {
      event.end();
    }
    long endNanos = System.nanoTime();
    depth = d;
    long durationNanos = Math.max(0, endNanos - opStartNanos[d]);
    long allocated = AllocationCounter.currentThreadAllocatedBytes() - opAllocStart[d];
    recorder(opId[d])
        .recordOperation(
            opStartNanos[d],
            durationNanos,
            failed,
            opDocs[d],
            opHeldNanos[d],
            opReleases[d],
            opParallel[d],
            allocated);
    if (event != null) {
      opEvent[d] = null;
    }
    // JFR's idiom: fill the fields only for an event the recording keeps (threshold passed).
    if (event != null && event.shouldCommit()) {
      event.operation = OperationRegistry.nameOf(opId[d]);
      event.docs = opDocs[d];
      event.lockHeldNanos = opHeldNanos[d];
      event.lockHeldRatio =
          durationNanos == 0 ? 0.0 : Math.min(1.0, (double) opHeldNanos[d] / durationNanos);
      event.lockReleases = opReleases[d];
      event.parallel = opParallel[d];
      event.allocatedBytes = Math.max(0, allocated);
      event.failed = failed;
      event.commit();
    }
  }

  /**
   * Starts a phase of the innermost operation, or of the method's own operation when none runs.
   *
   * @param methodId from {@link MethodRegistry#register}, a phase method
   * @param docs documents the phase's {@code @DocCount} argument carries, negative when none
   */
  public void enterPhase(int methodId, long docs) {
    MethodSpec spec = MethodRegistry.get(methodId);
    int p = phaseDepth;
    if (p == phMethod.length) {
      growPhases();
    }
    int frame = depth - 1;
    phMethod[p] = methodId;
    phSpec[p] = spec;
    phFrame[p] = frame;
    if (frame >= 0) {
      phOperation[p] = opId[frame];
      if (docs > opDocs[frame]) {
        opDocs[frame] = docs;
      }
      if (spec.lock() == LockUse.RELEASED) {
        opReleases[frame]++;
      }
    } else {
      phOperation[p] = spec.operationId();
    }
    boolean begun = EventProbes.phaseEnabled();
    if (begun) {
      PhaseEvent event = phEvent[p];
      if (event == null) {
        event = new PhaseEvent();
        phEvent[p] = event;
      }
      event.begin();
    }
    phEventBegun[p] = begun;
    phStartNanos[p] = System.nanoTime();
    phaseDepth = p + 1;
  }

  /**
   * Ends the innermost phase on this thread and records it. Does nothing when none runs.
   *
   * @param failed true when the phase method threw
   */
  public void exitPhase(boolean failed) {
    int p = phaseDepth - 1;
    if (p < 0) {
      return;
    }
    // Same order as on entry (JFR clock, then ours): see exitOperation.
    PhaseEvent event = phEventBegun[p] ? phEvent[p] : null;
    if (event != null) {
      event.end();
    }
    long endNanos = System.nanoTime();
    phaseDepth = p;
    long durationNanos = Math.max(0, endNanos - phStartNanos[p]);
    MethodSpec spec = phSpec[p];
    boolean held = spec.lock() == LockUse.HELD;
    int frame = phFrame[p];
    if (held && frame >= 0 && frame < depth) {
      opHeldNanos[frame] += durationNanos;
    }
    recorder(phOperation[p]).recordPhase(spec.phase().ordinal(), durationNanos, failed, held);
    if (event != null) {
      phEventBegun[p] = false;
    }
    if (event != null && event.shouldCommit()) {
      event.operation = OperationRegistry.nameOf(phOperation[p]);
      event.phase = spec.phase().name();
      event.docs = frame >= 0 && frame < depth ? opDocs[frame] : 0;
      event.lockUse = spec.lock().name();
      event.failed = failed;
      event.commit();
    }
  }

  /** Marks the innermost operation as parallel or not. */
  public void setParallel(boolean parallel) {
    if (depth > 0) {
      opParallel[depth - 1] = parallel;
    }
  }

  /** Counts one explicit lock release in the innermost operation. */
  public void recordLockRelease() {
    if (depth > 0) {
      opReleases[depth - 1]++;
    }
  }

  /** Raises the innermost operation's document count to {@code docs} if that is larger. */
  public void setDocCount(long docs) {
    if (depth > 0 && docs > opDocs[depth - 1]) {
      opDocs[depth - 1] = docs;
    }
  }

  /**
   * Records a whole operation measured elsewhere (by a {@link dev.boundarytracer.BoundaryTracer}).
   *
   * @param operationId the operation
   * @param startNanos {@link System#nanoTime()} at its start
   * @param durationNanos its wall time, >= 0
   * @param phaseNanos per phase ordinal, summed wall time, negative when the phase never ran
   * @param phaseHeld per phase ordinal, whether it held the lock
   * @param docs documents, >= 0
   * @param releases lock releases
   * @param parallel whether convert ran in parallel
   */
  public void recordCompleted(
      int operationId,
      long startNanos,
      long durationNanos,
      long[] phaseNanos,
      boolean[] phaseHeld,
      long docs,
      long releases,
      boolean parallel) {
    ThreadOperationRecorder r = recorder(operationId);
    long held = 0;
    for (int i = 0; i < phaseNanos.length; i++) {
      if (phaseNanos[i] >= 0) {
        r.recordPhase(i, phaseNanos[i], false, phaseHeld[i]);
        if (phaseHeld[i]) {
          held += phaseNanos[i];
        }
      }
    }
    r.recordOperation(startNanos, durationNanos, false, docs, held, releases, parallel, 0);
  }

  ThreadOperationRecorder[] recorders() {
    return recorders;
  }

  private ThreadOperationRecorder recorder(int operationId) {
    ThreadOperationRecorder[] rs = recorders;
    if (operationId < rs.length) {
      ThreadOperationRecorder r = rs[operationId];
      if (r != null) {
        return r;
      }
    }
    return createRecorder(operationId);
  }

  private ThreadOperationRecorder createRecorder(int operationId) {
    ThreadOperationRecorder[] rs = recorders;
    if (operationId >= rs.length) {
      rs = Arrays.copyOf(rs, Math.max(operationId + 1, rs.length * 2));
    } else {
      rs = rs.clone();
    }
    ThreadOperationRecorder r = new ThreadOperationRecorder(operationId);
    rs[operationId] = r;
    recorders = rs;
    return r;
  }

  private void growOperations() {
    int n = opId.length * 2;
    opId = Arrays.copyOf(opId, n);
    opStartNanos = Arrays.copyOf(opStartNanos, n);
    opHeldNanos = Arrays.copyOf(opHeldNanos, n);
    opReleases = Arrays.copyOf(opReleases, n);
    opDocs = Arrays.copyOf(opDocs, n);
    opAllocStart = Arrays.copyOf(opAllocStart, n);
    opParallel = Arrays.copyOf(opParallel, n);
    opEvent = Arrays.copyOf(opEvent, n);
  }

  private void growPhases() {
    int n = phMethod.length * 2;
    phMethod = Arrays.copyOf(phMethod, n);
    phOperation = Arrays.copyOf(phOperation, n);
    phFrame = Arrays.copyOf(phFrame, n);
    phStartNanos = Arrays.copyOf(phStartNanos, n);
    phSpec = Arrays.copyOf(phSpec, n);
    phEvent = Arrays.copyOf(phEvent, n);
    phEventBegun = Arrays.copyOf(phEventBegun, n);
  }
}
