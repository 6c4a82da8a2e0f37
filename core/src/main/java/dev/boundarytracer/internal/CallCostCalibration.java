package dev.boundarytracer.internal;

import dev.boundarytracer.snapshot.InstrumentationCost;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Calibrates, once when the agent activates, the cost of one instrumented call, for {@link
 * InstrumentationCost}: on a daemon thread, off every application thread, it times batches of what
 * every operation and phase call does at least (one thread-local lookup for the thread's state and
 * two clock reads) and keeps the fastest batch, which is the least disturbed by other threads.
 *
 * <p>The figure is a floor: a whole phase call also pushes and pops a frame and records into a
 * histogram, about 1.4x this floor in the JMH figures of {@code docs/PERFORMANCE.md}. A share
 * estimated from it is therefore at least the real one's order of magnitude, never inflated.
 *
 * <p>Takes about {@value #BUDGET_MILLIS} ms of one thread's CPU time. Thread-safe.
 */
public final class CallCostCalibration {
  /** CPU time the calibration takes, milliseconds. */
  static final long BUDGET_MILLIS = 5;

  /** Longest a report waits for a calibration still running, milliseconds. */
  private static final long JOIN_MILLIS = 1_000;

  // Short batches, many of them: after a few hundred invocations the JIT compiles the batch (as it
  // compiles the hot path of an application that calls often), and the fastest batch is then the
  // compiled cost, not the interpreter's, which is ten times higher. 20 calls take about 1 µs
  // compiled, well above the clock's resolution.
  private static final int CALLS_PER_BATCH = 20;
  private static final int MAX_BATCHES = 100_000;
  private static final ThreadLocal<long[]> STATE = new ThreadLocal<>();
  private static volatile InstrumentationCost result = InstrumentationCost.UNKNOWN;
  private static Thread thread;

  private CallCostCalibration() {}

  /** Starts the calibration on a daemon thread; a second call does nothing. */
  public static synchronized void startInBackground() {
    if (thread != null) {
      return;
    }
    thread = new Thread(CallCostCalibration::run, "boundary-tracer-calibration");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Calibrates on the calling thread, a daemon thread of the agent's; a later {@link
   * #startInBackground} does nothing.
   */
  public static void runHere() {
    synchronized (CallCostCalibration.class) {
      if (thread != null) {
        return;
      }
      thread = Thread.currentThread();
    }
    run();
  }

  /**
   * The calibration, waiting for it to finish when it has started and not finished (a report taken
   * right after activation, or at exit of a very short run).
   *
   * @return the calibration, or {@link InstrumentationCost#UNKNOWN} when it never started or failed
   */
  public static InstrumentationCost result() {
    InstrumentationCost done = result;
    if (done.calibrated()) {
      return done;
    }
    Thread running;
    synchronized (CallCostCalibration.class) {
      running = thread;
    }
    if (running != null && running != Thread.currentThread()) {
      try {
        running.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return result;
  }

  private static void run() {
    try {
      long start = StartupTrace.begin();
      result = measure(BUDGET_MILLIS * 1_000_000L);
      StartupTrace.done(start, "call cost calibrated at " + result.callNanos() + " ns");
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Times batches until the budget of this thread's CPU time is spent (wall time where the JVM does
   * not measure thread CPU time), so that a machine busy with other work makes the calibration
   * longer in wall time, not shorter in batches.
   *
   * @param budgetNanos most CPU time to spend, nanoseconds, > 0
   * @return the fastest batch's cost per call
   */
  static InstrumentationCost measure(long budgetNanos) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean byCpu = cpu.isCurrentThreadCpuTimeSupported();
    STATE.set(new long[1]);
    long begin = System.nanoTime();
    long cpuBegin = byCpu ? cpu.getCurrentThreadCpuTime() : 0;
    long fastest = Long.MAX_VALUE;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      long batchNanos = batch();
      if (batchNanos > 0 && batchNanos < fastest) {
        fastest = batchNanos;
      }
      if ((batch & 63) == 63) {
        long spent = byCpu ? cpu.getCurrentThreadCpuTime() - cpuBegin : System.nanoTime() - begin;
        if (spent > budgetNanos) {
          break;
        }
      }
    }
    long wall = System.nanoTime() - begin;
    STATE.remove();
    double perCall = fastest == Long.MAX_VALUE ? Double.NaN : (double) fastest / CALLS_PER_BATCH;
    return new InstrumentationCost(perCall, wall);
  }

  private static long batch() {
    long start = System.nanoTime();
    for (int i = 0; i < CALLS_PER_BATCH; i++) {
      long[] state = STATE.get();
      long enterNanos = System.nanoTime();
      long exitNanos = System.nanoTime();
      state[0] += exitNanos - enterNanos;
    }
    return System.nanoTime() - start;
  }
}
