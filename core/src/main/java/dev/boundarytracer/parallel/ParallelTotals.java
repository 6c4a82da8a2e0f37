package dev.boundarytracer.parallel;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.Parallelism;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the phase calls of each (operation, phase) handed to other threads, summed over the calls.
 *
 * <p>Thread-safe: a phase call's figures are added by whichever thread finishes it (the phase's own
 * thread when it returns after all its tasks ended, else the thread whose task ends last), so they
 * cannot live in the single-writer per-thread recorders. Written once per phase call that handed
 * work off, never on the path of a phase that did not.
 */
public final class ParallelTotals {
  private static final int PHASES = Phase.values().length;
  private static volatile AtomicReferenceArray<Sums> sums = new AtomicReferenceArray<>(0);

  private ParallelTotals() {}

  /** Adds one finished phase call. */
  static void add(int operationId, int phase, PhaseWork w) {
    Sums s = sums(operationId * PHASES + phase);
    int threads = w.threads();
    s.handOffCalls.incrementAndGet();
    if (threads >= 2) {
      s.parallelCalls.incrementAndGet();
    }
    s.threadsSum.addAndGet(threads);
    s.threadsMax.accumulateAndGet(threads, Math::max);
    s.tasks.addAndGet(w.tasks());
    s.tasksWithoutCpu.addAndGet(w.tasksWithoutCpu());
    s.cpuNanos.addAndGet(w.cpuNanos());
    s.wallNanos.addAndGet(w.wallNanos());
  }

  /**
   * The sums of one (operation, phase) since the start or the last {@link #reset()}.
   *
   * @param operationId the operation's id
   * @param phase the phase
   * @return never null; {@link Parallelism#NONE} when nothing was handed off
   */
  public static Parallelism of(int operationId, Phase phase) {
    int index = operationId * PHASES + phase.ordinal();
    AtomicReferenceArray<Sums> all = sums;
    Sums s = index < all.length() ? all.get(index) : null;
    if (s == null || s.handOffCalls.get() == 0) {
      return Parallelism.NONE;
    }
    return new Parallelism(
        s.handOffCalls.get(),
        s.parallelCalls.get(),
        s.threadsSum.get(),
        s.threadsMax.get(),
        s.tasks.get(),
        s.tasksWithoutCpu.get(),
        s.cpuNanos.get(),
        s.wallNanos.get());
  }

  /** Forgets every sum; phase calls finishing afterwards count from zero. */
  public static synchronized void reset() {
    sums = new AtomicReferenceArray<>(sums.length());
  }

  private static Sums sums(int index) {
    AtomicReferenceArray<Sums> all = sums;
    if (index < all.length()) {
      Sums s = all.get(index);
      if (s != null) {
        return s;
      }
    }
    return create(index);
  }

  private static synchronized Sums create(int index) {
    AtomicReferenceArray<Sums> all = sums;
    if (index >= all.length()) {
      Sums[] grown = new Sums[Math.max(index + 1, all.length() * 2)];
      for (int i = 0; i < all.length(); i++) {
        grown[i] = all.get(i);
      }
      all = new AtomicReferenceArray<>(Arrays.copyOf(grown, grown.length));
      sums = all;
    }
    Sums s = all.get(index);
    if (s == null) {
      s = new Sums();
      all.set(index, s);
    }
    return s;
  }

  private static final class Sums {
    final AtomicLong handOffCalls = new AtomicLong();
    final AtomicLong parallelCalls = new AtomicLong();
    final AtomicLong threadsSum = new AtomicLong();
    final AtomicLong threadsMax = new AtomicLong();
    final AtomicLong tasks = new AtomicLong();
    final AtomicLong tasksWithoutCpu = new AtomicLong();
    final AtomicLong cpuNanos = new AtomicLong();
    final AtomicLong wallNanos = new AtomicLong();
  }
}
