package dev.boundarytracer.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.jfr.EventProbes;
import dev.boundarytracer.jfr.OperationEvent;
import dev.boundarytracer.jfr.PhaseEvent;
import dev.boundarytracer.locks.LockRegistry;
import dev.boundarytracer.locks.LockThreadState;
import dev.boundarytracer.parallel.PhaseWork;
import dev.boundarytracer.parallel.TaskStack;
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
  private static final int PHASES = dev.boundarytracer.Phase.values().length;
  // No initial value, so that peek() can tell threads that never recorded from those that did.
  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();
  private static volatile boolean agentActive;
  private static volatile boolean anyPhaseEntered;

  /** The owning thread; null for a shared sink of virtual threads (see VirtualThreadSinks). */
  final Thread thread;

  /** The sink's index for a shared sink, -1 for a thread's own state. */
  final int sinkIndex;

  /** True when the owner is a virtual thread: it records through a shared sink. */
  private final boolean virtual;

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
  // Per running operation and phase ordinal (index depth * PHASES + ordinal): summed wall time and
  // calls of the phase on this thread within the operation call.
  private long[] opPhaseNanos = new long[INITIAL_DEPTH * PHASES];
  private int[] opPhaseCalls = new int[INITIAL_DEPTH * PHASES];
  // Work each running operation handed to other threads outside any of its phases; null until its
  // first such hand-off.
  private PhaseWork[] opWork = new PhaseWork[INITIAL_DEPTH];
  // Per running operation: the ordinal of the RELEASED phase entered last since the lock was last
  // held, -1 while it is held. A release is counted when the lock goes from held (or another
  // released phase) to a released phase, not at each call of the same released phase.
  private int[] opReleasedPhase = new int[INITIAL_DEPTH];
  // Most threads the tasks of one convert call of the operation ran on (measured), 0 when none.
  private int[] opConvertThreads = new int[INITIAL_DEPTH];
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
  // Work the running phases handed to other threads; null until a phase hands off its first task.
  private PhaseWork[] phWork = new PhaseWork[INITIAL_DEPTH];

  // Tasks of other threads' phase calls running on this thread; null until the first one.
  private TaskStack taskStack;

  // Designated-lock holds of this thread (null until its first one) and marks per running frame.
  private LockThreadState locks;
  private final LockMarks opLocks = new LockMarks();
  private final LockMarks phLocks = new LockMarks();

  private boolean[] phEventBegun = new boolean[INITIAL_DEPTH];

  private ThreadState(Thread thread) {
    this.thread = thread;
    this.sinkIndex = -1;
    this.virtual = VirtualThreadSinks.isVirtual(thread);
  }

  private ThreadState(int sinkIndex) {
    this.thread = null;
    this.sinkIndex = sinkIndex;
    this.virtual = false;
  }

  /** A shared recording sink for virtual threads. */
  static ThreadState sink(int index) {
    return new ThreadState(index);
  }

  /**
   * The calling thread's state, created on first use.
   *
   * @return never null
   */
  public static ThreadState current() {
    ThreadState state = CURRENT.get();
    if (state == null) {
      state = Aggregator.register(new ThreadState(Thread.currentThread()));
      CURRENT.set(state);
    }
    return state;
  }

  /**
   * The calling thread's state if it has one, without creating it.
   *
   * @return the state, or null when this thread never recorded
   */
  public static ThreadState peek() {
    return CURRENT.get();
  }

  /**
   * @return true once any thread entered a phase (a cheap first check for the concurrency advice)
   */
  public static boolean anyPhaseEntered() {
    return anyPhaseEntered;
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
    opConvertThreads[d] = 0;
    opWork[d] = null;
    opReleasedPhase[d] = -1;
    for (int i = d * PHASES; i < (d + 1) * PHASES; i++) {
      opPhaseNanos[i] = 0;
      opPhaseCalls[i] = 0;
    }
    opAllocStart[d] = AllocationCounter.currentThreadAllocatedBytes();
    OperationEvent event = null;
    if (EventProbes.operationEnabled()) {
      event = new OperationEvent();
      event.begin();
    }
    long startNanos = System.nanoTime();
    opLocks.mark(d, locks, startNanos);
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
    PhaseWork handedOff = opWork[d];
    if (handedOff != null) {
      opWork[d] = null;
      handedOff.close();
      // Convert calls that ran in the operation's tasks on two or more threads: parallel convert
      // of the operation, measured, whether or not one phase call handed the work off.
      if (handedOff.taskConvertThreads() >= 2) {
        opParallel[d] = true;
        opConvertThreads[d] = Math.max(opConvertThreads[d], handedOff.taskConvertThreads());
      }
    }
    long allocated =
        AllocationCounter.difference(
            opAllocStart[d], AllocationCounter.currentThreadAllocatedBytes());
    opLocks.take(d, locks, endNanos);
    boolean measured = LockRegistry.anyDesignated();
    ThreadState sink = virtual ? VirtualThreadSinks.claim(thread.getId()) : this;
    try {
      sink.recorder(opId[d]).recordOperationLocks(opLocks, measured);
      sink.recorder(opId[d])
          .recordOperation(
              opStartNanos[d],
              durationNanos,
              failed,
              opDocs[d],
              opHeldNanos[d],
              opReleases[d],
              opParallel[d],
              allocated);
      for (int i = 0; i < PHASES; i++) {
        if (opPhaseCalls[d * PHASES + i] > 0) {
          sink.recorder(opId[d]).recordPhaseTotal(i, opDocs[d], opPhaseNanos[d * PHASES + i]);
        }
      }
    } finally {
      if (virtual) {
        VirtualThreadSinks.release(sink);
      }
    }
    if (event != null) {
      opEvent[d] = null;
    }
    // JFR's idiom: fill the fields only for an event the recording keeps (threshold passed).
    if (event != null && event.shouldCommit()) {
      event.operation = OperationRegistry.nameOf(opId[d]);
      event.docs = opDocs[d];
      event.lockHeldTime = opHeldNanos[d];
      event.lockHeld =
          durationNanos == 0 ? 0.0 : Math.min(1.0, (double) opHeldNanos[d] / durationNanos);
      event.lockReleases = opReleases[d];
      int convertThreads = opConvertThreads[d];
      event.convertThreads = convertThreads;
      event.parallel = convertThreads >= 2 || (convertThreads == 0 && opParallel[d]);
      event.allocated = allocated;
      event.failed = failed;
      if (measured) {
        LockEventFields.set(event, opLocks, durationNanos);
      }
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
    phWork[p] = null;
    if (frame >= 0) {
      phOperation[p] = opId[frame];
      if (docs > opDocs[frame]) {
        opDocs[frame] = docs;
      }
      int ordinal = spec.phase().ordinal();
      PhaseWork own = opWork[frame];
      if (own != null
          && spec.phase() == dev.boundarytracer.Phase.CONVERT
          && taskStack != null
          && taskStack.current(p) == own) {
        // This thread runs a task of its own operation (a parallel stream's share of the caller).
        own.taskConvertCall(Thread.currentThread().getId());
      }
      if (spec.lock() == LockUse.RELEASED) {
        if (opReleasedPhase[frame] != ordinal) {
          opReleases[frame]++;
          opReleasedPhase[frame] = ordinal;
        }
      } else {
        opReleasedPhase[frame] = -1;
      }
    } else {
      // In a task an operation (or one of its phases) handed to this thread, the phase belongs to
      // that operation; else to the operation the method names for calls outside any.
      PhaseWork context = taskStack != null ? taskStack.current(p) : null;
      if (context != null) {
        phOperation[p] = context.operationId();
        if (spec.phase() == dev.boundarytracer.Phase.CONVERT) {
          context.taskConvertCall(Thread.currentThread().getId());
        }
      } else {
        phOperation[p] = spec.operationId();
      }
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
    long startNanos = System.nanoTime();
    phLocks.mark(p, locks, startNanos);
    phStartNanos[p] = startNanos;
    phaseDepth = p + 1;
    if (!anyPhaseEntered) {
      anyPhaseEntered = true;
    }
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
    if (frame >= 0 && frame < depth) {
      int slot = frame * PHASES + spec.phase().ordinal();
      opPhaseNanos[slot] += durationNanos;
      opPhaseCalls[slot]++;
    }
    PhaseWork work = phWork[p];
    if (work != null) {
      phWork[p] = null;
      work.close();
      if (frame >= 0 && frame < depth && spec.phase() == dev.boundarytracer.Phase.CONVERT) {
        opConvertThreads[frame] = Math.max(opConvertThreads[frame], work.threads());
      }
    }
    phLocks.take(p, locks, endNanos);
    boolean measured = LockRegistry.anyDesignated();
    ThreadState sink = virtual ? VirtualThreadSinks.claim(thread.getId()) : this;
    try {
      sink.recorder(phOperation[p])
          .recordPhase(spec.phase().ordinal(), durationNanos, failed, held);
      sink.recorder(phOperation[p]).recordPhaseLocks(spec.phase().ordinal(), phLocks, measured);
    } finally {
      if (virtual) {
        VirtualThreadSinks.release(sink);
      }
    }
    if (event != null) {
      phEventBegun[p] = false;
    }
    if (event != null && event.shouldCommit()) {
      event.operation = OperationRegistry.nameOf(phOperation[p]);
      event.phase = spec.phase().name();
      event.method = spec.description();
      event.docs = frame >= 0 && frame < depth ? opDocs[frame] : 0;
      event.lockUse = spec.lock().name();
      event.failed = failed;
      // The event object is reused: every field is written, also when there is nothing to say.
      event.parallelThreads = work != null ? work.threads() : 0;
      event.tasks = work != null ? work.tasks() : 0;
      event.taskCpuTime = work != null ? work.cpuNanos() : 0;
      if (measured) {
        LockEventFields.set(event, phLocks);
      } else {
        LockEventFields.clear(event);
      }
      event.commit();
    }
  }

  /**
   * The phase call whose work this thread hands off when it submits a task now: the task of another
   * thread's phase call it runs (unless it entered a phase of its own inside that task), else its
   * innermost phase, whose {@link PhaseWork} is created on first use.
   *
   * @return the phase call, or null when this thread does no phase call's work
   */
  public PhaseWork handOffWork() {
    TaskStack tasks = taskStack;
    if (tasks != null) {
      PhaseWork running = tasks.current(phaseDepth);
      if (running != null) {
        return running;
      }
    }
    return ownPhaseWork();
  }

  /**
   * The phase call a ForkJoin task that nobody handed off belongs to when this thread runs it
   * itself: its innermost phase, unless it already runs a task of some phase call.
   *
   * @return the phase call, or null
   */
  public PhaseWork inlineTaskWork() {
    TaskStack tasks = taskStack;
    if (tasks != null && tasks.current(phaseDepth) != null) {
      return null;
    }
    return ownPhaseWork();
  }

  /**
   * @return phases running on this thread now, >= 0
   */
  public int phaseDepth() {
    return phaseDepth;
  }

  /**
   * @return this thread's stack of running tasks, created on first use
   */
  public TaskStack taskStack() {
    TaskStack tasks = taskStack;
    if (tasks == null) {
      tasks = new TaskStack();
      taskStack = tasks;
    }
    return tasks;
  }

  private PhaseWork ownPhaseWork() {
    int p = phaseDepth - 1;
    if (p < 0) {
      return ownOperationWork();
    }
    PhaseWork work = phWork[p];
    if (work == null) {
      work = new PhaseWork(phOperation[p], MethodRegistry.get(phMethod[p]).phase().ordinal());
      phWork[p] = work;
    }
    return work;
  }

  /**
   * The context of work the innermost operation hands off outside any phase, created on first use.
   */
  private PhaseWork ownOperationWork() {
    int d = depth - 1;
    if (d < 0) {
      return null;
    }
    PhaseWork work = opWork[d];
    if (work == null) {
      work = new PhaseWork(opId[d], PhaseWork.NO_PHASE);
      opWork[d] = work;
    }
    return work;
  }

  /**
   * This thread's holds of the designated locks, created on first use.
   *
   * @return never null
   */
  public LockThreadState locks() {
    LockThreadState l = locks;
    if (l == null) {
      l = LockThreadState.forCurrentThread();
      locks = l;
    }
    return l;
  }

  /**
   * Records one whole call of an operation constructor, at its end: the operation is entered and
   * left at once, with its start moved back to {@code startNanos}. Constructors cannot be wrapped
   * in an exception handler (the super constructor call), so they are not kept on the stack while
   * they run: phases they call belong to the enclosing operation, and a constructor that throws is
   * not recorded.
   *
   * @param operationId the operation
   * @param startNanos {@link System#nanoTime()} when the constructor was entered
   */
  public void completeOperation(int operationId, long startNanos) {
    enterOperation(operationId, -1);
    opStartNanos[depth - 1] = startNanos;
    exitOperation(false);
  }

  /**
   * Records one whole call of a phase constructor, at its end (see {@link #completeOperation}).
   *
   * @param methodId the phase constructor's id
   * @param startNanos {@link System#nanoTime()} when the constructor was entered
   */
  public void completePhase(int methodId, long startNanos) {
    enterPhase(methodId, -1);
    phStartNanos[phaseDepth - 1] = startNanos;
    exitPhase(false);
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
    ThreadState sink = virtual ? VirtualThreadSinks.claim(thread.getId()) : this;
    try {
      sink.recordCompletedHere(
          operationId, startNanos, durationNanos, phaseNanos, phaseHeld, docs, releases, parallel);
    } finally {
      if (virtual) {
        VirtualThreadSinks.release(sink);
      }
    }
  }

  private void recordCompletedHere(
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
        r.recordPhaseTotal(i, docs, phaseNanos[i]);
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
    opConvertThreads = Arrays.copyOf(opConvertThreads, n);
    opWork = Arrays.copyOf(opWork, n);
    opReleasedPhase = Arrays.copyOf(opReleasedPhase, n);
    opPhaseNanos = Arrays.copyOf(opPhaseNanos, n * PHASES);
    opPhaseCalls = Arrays.copyOf(opPhaseCalls, n * PHASES);
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
    phWork = Arrays.copyOf(phWork, n);
    phEventBegun = Arrays.copyOf(phEventBegun, n);
  }
}
