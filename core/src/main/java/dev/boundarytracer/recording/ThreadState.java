package dev.boundarytracer.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.jfr.OperationEvent;
import dev.boundarytracer.jfr.PhaseEvent;
import dev.boundarytracer.locks.LockRegistry;
import dev.boundarytracer.locks.LockThreadState;
import dev.boundarytracer.parallel.PhaseWork;
import dev.boundarytracer.parallel.TaskStack;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calling thread's stack of running operations and phases: one reusable {@link OperationFrame}
 * or {@link PhaseFrame} per nesting depth.
 *
 * <p>Not thread-safe by design: each instance is reached only through {@link #current()} by its own
 * thread. What a call records goes to the {@link Recorder}'s stripe of its operation that this
 * thread writes (its index given once, round-robin, at creation), so the state holds no histogram
 * and no counter of its own: a few hundred bytes, reclaimed with the thread, whose figures stay in
 * the recorder. Steady-state calls allocate nothing (a frame is created only when nesting gets
 * deeper than ever before on this thread), take no lock and look up no map.
 */
public final class ThreadState {
  private static final int INITIAL_DEPTH = 4;
  // No initial value, so that peek() can tell threads that never recorded from those that did.
  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();
  private static final AtomicInteger NEXT_STRIPE = new AtomicInteger();
  private static volatile boolean agentActive;
  private static volatile boolean anyPhaseEntered;

  private final Recorder recorder;

  /** This thread's stripe index in every operation's recording. */
  private final int stripe;

  // Running operations, innermost at depth - 1; frames are created on first reach of a depth.
  private int depth;
  private OperationFrame[] operations = new OperationFrame[INITIAL_DEPTH];

  // Running phases, innermost at phaseDepth - 1.
  private int phaseDepth;
  private PhaseFrame[] phases = new PhaseFrame[INITIAL_DEPTH];

  // Tasks of other threads' phase calls running on this thread; null until the first one.
  private TaskStack taskStack;

  // Designated-lock holds of this thread; null until its first one.
  private LockThreadState locks;

  /**
   * A state recording into {@code recorder}, for a thread that drives it directly (tests, tools).
   *
   * @param recorder where calls are recorded, not null
   */
  ThreadState(Recorder recorder) {
    this.recorder = recorder;
    this.stripe = NEXT_STRIPE.getAndIncrement();
  }

  /**
   * The calling thread's state, created on first use.
   *
   * @return never null
   */
  public static ThreadState current() {
    ThreadState state = CURRENT.get();
    if (state == null) {
      state = new ThreadState(Recorder.runtime());
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
    OperationFrame f = d < operations.length ? operations[d] : null;
    if (f == null) {
      f = newOperationFrame(d);
    }
    f.operationId = operationId;
    f.heldNanos = 0;
    f.releases = 0;
    f.docs = Math.max(docs, 0);
    f.parallel = false;
    f.convertThreads = 0;
    f.releasedPhase = -1;
    f.work = null;
    for (int i = 0; i < f.phaseCalls.length; i++) {
      f.phaseNanos[i] = 0;
      f.phaseCalls[i] = 0;
    }
    f.allocatedAtStart = AllocationCounter.currentThreadAllocatedBytes();
    // Our clock, then JFR's, here and on exit, so the two durations differ only by the difference
    // of two like code paths; arm() creates the event object the first time, outside both.
    f.event.arm();
    long startNanos = System.nanoTime();
    f.event.begin();
    f.locks.mark(locks, startNanos);
    f.startNanos = startNanos;
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
    OperationFrame f = operations[d];
    // Our clock, then JFR's (as on entry), and JFR's only when a recording may keep the event.
    long endNanos = System.nanoTime();
    OperationEvent event = f.event.end(endNanos - f.startNanos);
    depth = d;
    long durationNanos = Math.max(0, endNanos - f.startNanos);
    PhaseWork handedOff = f.work;
    if (handedOff != null) {
      f.work = null;
      handedOff.close();
      // Convert calls that ran in the operation's tasks on two or more threads: parallel convert
      // of the operation, measured, whether or not one phase call handed the work off.
      if (handedOff.taskConvertThreads() >= 2) {
        f.parallel = true;
        f.convertThreads = Math.max(f.convertThreads, handedOff.taskConvertThreads());
      }
    }
    long allocated =
        AllocationCounter.difference(
            f.allocatedAtStart, AllocationCounter.currentThreadAllocatedBytes());
    f.locks.take(locks, endNanos);
    boolean measured = LockRegistry.anyDesignated();
    OperationStripe s = recorder.stripe(f.operationId, stripe);
    if (measured || locks != null) {
      s.recordOperationLocks(f.locks, measured);
    }
    s.recordOperation(
        f.startNanos,
        durationNanos,
        failed,
        f.docs,
        f.heldNanos,
        f.releases,
        f.parallel,
        allocated);
    for (int i = 0; i < f.phaseCalls.length; i++) {
      if (f.phaseCalls[i] > 0) {
        s.recordPhaseTotal(i, f.docs, f.phaseNanos[i]);
      }
    }
    if (event == null) {
      return;
    }
    // JFR's idiom: fill the fields only for an event the recording keeps (threshold passed).
    if (event.shouldCommit()) {
      event.operation = OperationRegistry.nameOf(f.operationId);
      event.docs = f.docs;
      event.lockHeldTime = f.heldNanos;
      event.lockHeld =
          durationNanos == 0 ? 0.0 : Math.min(1.0, (double) f.heldNanos / durationNanos);
      event.lockReleases = f.releases;
      int convertThreads = f.convertThreads;
      event.convertThreads = convertThreads;
      event.parallel = convertThreads >= 2 || (convertThreads == 0 && f.parallel);
      event.declaredParallel = f.parallel;
      event.allocated = allocated;
      event.failed = failed;
      if (measured) {
        LockEventFields.set(event, f.locks, durationNanos);
      } else {
        LockEventFields.clear(event);
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
    PhaseFrame f = p < phases.length ? phases[p] : null;
    if (f == null) {
      f = newPhaseFrame(p);
    }
    f.methodId = methodId;
    if (f.work != null) {
      f.work = null; // left by a call whose exit never ran
    }
    int d = depth - 1;
    if (d >= 0) {
      enterInOperation(f, d, spec, docs, p);
    } else {
      enterOutsideOperation(f, spec, p);
    }
    // Our clock, then JFR's, as in enterOperation.
    f.event.arm();
    long startNanos = System.nanoTime();
    f.event.begin();
    f.locks.mark(locks, startNanos);
    f.startNanos = startNanos;
    phaseDepth = p + 1;
    if (!anyPhaseEntered) {
      anyPhaseEntered = true;
    }
  }

  // The rarer parts of a phase call live in methods of their own, so that the JIT can inline the
  // common path of enterPhase and exitPhase into the woven method.

  private void enterInOperation(PhaseFrame f, int d, MethodSpec spec, long docs, int p) {
    OperationFrame op = operations[d];
    f.operationDepth = d;
    f.operationId = op.operationId;
    if (docs > op.docs) {
      op.docs = docs;
    }
    PhaseWork own = op.work;
    if (own != null
        && spec.phase() == Phase.CONVERT
        && taskStack != null
        && taskStack.current(p) == own) {
      // This thread runs a task of its own operation (a parallel stream's share of the caller).
      own.taskConvertCall(Thread.currentThread().getId());
    }
    if (spec.lock() == LockUse.RELEASED) {
      int ordinal = spec.phase().ordinal();
      if (op.releasedPhase != ordinal) {
        op.releases++;
        op.releasedPhase = ordinal;
      }
    } else {
      op.releasedPhase = -1;
    }
  }

  private void enterOutsideOperation(PhaseFrame f, MethodSpec spec, int p) {
    f.operationDepth = -1;
    // In a task an operation (or one of its phases) handed to this thread, the phase belongs to
    // that operation; else to the operation the method names for calls outside any.
    PhaseWork context = taskStack != null ? taskStack.current(p) : null;
    if (context != null) {
      f.operationId = context.operationId();
      if (spec.phase() == Phase.CONVERT) {
        context.taskConvertCall(Thread.currentThread().getId());
      }
    } else {
      f.operationId = spec.operationId();
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
    PhaseFrame f = phases[p];
    // Our clock, then JFR's when a recording may keep the event: see exitOperation.
    long endNanos = System.nanoTime();
    PhaseEvent event = f.event.end(endNanos - f.startNanos);
    phaseDepth = p;
    long durationNanos = Math.max(0, endNanos - f.startNanos);
    // Read again rather than kept in the frame: a reference store into the long-lived frame costs
    // a garbage collector's write barrier on every call, an array read does not.
    MethodSpec spec = MethodRegistry.get(f.methodId);
    boolean held = spec.lock() == LockUse.HELD;
    // The enclosing operation still runs unless it was left before its phase (unbalanced calls).
    // Frames are reused per depth, so the depth finds the same frame the entry saw.
    int od = f.operationDepth;
    boolean inOperation = od >= 0 && od < depth;
    OperationFrame op = inOperation ? operations[od] : null;
    int phase = spec.phase().ordinal();
    if (inOperation) {
      if (held) {
        op.heldNanos += durationNanos;
      }
      op.phaseNanos[phase] += durationNanos;
      op.phaseCalls[phase]++;
    }
    PhaseWork work = f.work;
    if (work != null) {
      closeWork(f, work, inOperation ? op : null, spec);
    }
    f.locks.take(locks, endNanos);
    boolean measured = LockRegistry.anyDesignated();
    OperationStripe s = recorder.stripe(f.operationId, stripe);
    s.recordPhase(phase, durationNanos, failed, held);
    if (measured || locks != null) {
      s.recordPhaseLocks(phase, f.locks, measured);
    }
    if (event != null) {
      commitPhaseEvent(event, f, spec, inOperation ? op : null, work, failed, measured);
    }
  }

  private static void closeWork(PhaseFrame f, PhaseWork work, OperationFrame op, MethodSpec spec) {
    f.work = null;
    work.close();
    if (op != null && spec.phase() == Phase.CONVERT) {
      op.convertThreads = Math.max(op.convertThreads, work.threads());
    }
  }

  /** JFR's idiom: the fields are filled only for an event the recording keeps. */
  private static void commitPhaseEvent(
      PhaseEvent event,
      PhaseFrame f,
      MethodSpec spec,
      OperationFrame op,
      PhaseWork work,
      boolean failed,
      boolean measured) {
    if (!event.shouldCommit()) {
      return;
    }
    event.operation = OperationRegistry.nameOf(f.operationId);
    event.phase = spec.phase().name();
    event.method = spec.description();
    event.docs = op != null ? op.docs : 0;
    event.lockUse = spec.lock().name();
    event.failed = failed;
    // The event object is reused: every field is written, also when there is nothing to say.
    event.parallelThreads = work != null ? work.threads() : 0;
    event.tasks = work != null ? work.tasks() : 0;
    event.taskCpuTime = work != null ? work.cpuNanos() : 0;
    if (measured) {
      LockEventFields.set(event, f.locks);
    } else {
      LockEventFields.clear(event);
    }
    event.commit();
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
    PhaseFrame f = phases[p];
    PhaseWork work = f.work;
    if (work == null) {
      work =
          new PhaseWork(
              recorder.parallel(), f.operationId, MethodRegistry.get(f.methodId).phase().ordinal());
      f.work = work;
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
    OperationFrame op = operations[d];
    PhaseWork work = op.work;
    if (work == null) {
      work = new PhaseWork(recorder.parallel(), op.operationId, PhaseWork.NO_PHASE);
      op.work = work;
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
      l = LockThreadState.forCurrentThread(recorder.locks());
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
    operations[depth - 1].startNanos = startNanos;
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
    phases[phaseDepth - 1].startNanos = startNanos;
    exitPhase(false);
  }

  /** Marks the innermost operation as parallel or not. */
  public void setParallel(boolean parallel) {
    if (depth > 0) {
      operations[depth - 1].parallel = parallel;
    }
  }

  /** Counts one explicit lock release in the innermost operation. */
  public void recordLockRelease() {
    if (depth > 0) {
      operations[depth - 1].releases++;
    }
  }

  /** Raises the innermost operation's document count to {@code docs} if that is larger. */
  public void setDocCount(long docs) {
    if (depth > 0 && docs > operations[depth - 1].docs) {
      operations[depth - 1].docs = docs;
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
    OperationStripe s = recorder.stripe(operationId, stripe);
    long held = 0;
    for (int i = 0; i < phaseNanos.length; i++) {
      if (phaseNanos[i] >= 0) {
        s.recordPhase(i, phaseNanos[i], false, phaseHeld[i]);
        s.recordPhaseTotal(i, docs, phaseNanos[i]);
        if (phaseHeld[i]) {
          held += phaseNanos[i];
        }
      }
    }
    s.recordOperation(startNanos, durationNanos, false, docs, held, releases, parallel, 0);
  }

  private OperationFrame newOperationFrame(int d) {
    if (d >= operations.length) {
      operations = Arrays.copyOf(operations, operations.length * 2);
    }
    OperationFrame f = new OperationFrame();
    operations[d] = f;
    return f;
  }

  private PhaseFrame newPhaseFrame(int p) {
    if (p >= phases.length) {
      phases = Arrays.copyOf(phases, phases.length * 2);
    }
    PhaseFrame f = new PhaseFrame();
    phases[p] = f;
    return f;
  }
}
