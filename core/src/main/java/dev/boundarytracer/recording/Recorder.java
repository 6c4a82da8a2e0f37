package dev.boundarytracer.recording;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.locks.LockAggregator;
import dev.boundarytracer.parallel.ParallelTotals;
import dev.boundarytracer.snapshot.Distributions;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhasePerOperation;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.RecordedCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What every thread recorded, per operation and phase, shared by all threads: memory grows with
 * operations and phases, not with threads.
 *
 * <p>Writers (the recording threads) reach an operation's {@link OperationStripe} through {@link
 * #stripe}: an array read and a null check, no lock, no map. Each thread writes the stripe whose
 * index it got once, round-robin, when its {@link ThreadState} was created, so two threads land on
 * different stripes and do not contend for one cache line. There are {@link #stripeCount()}
 * stripes: the processor count rounded up to a power of two, at most {@value #MAX_STRIPES}, so the
 * memory of a 64-core machine stays that of an 8-core one.
 *
 * <p>Memory, measured with the benchmarks' {@code ServerFootprint} (200 live threads, 50
 * operations, 4 phases, 3 calls per thread and operation; heap added after a full GC): 3.5 MiB with
 * 2 stripes when each phase's durations stay within a factor of 4 of its own value, 8.7 MiB when
 * every phase spreads from 1 µs to 50 ms (the dense case: about 16 KiB per (operation, phase,
 * stripe)); with 8 stripes ({@code -XX:ActiveProcessorCount=64}) 11.1 and 31.2 MiB. A report adds
 * nothing that stays. From 200 to 1,000 threads at 100 operations: 16.7 to 17.3 MiB with 2 stripes,
 * 61.5 to 64.1 MiB with 8 (about 500 bytes per thread; the rest is the fuller histograms of five
 * times more calls). The per-(operation, thread) histograms this replaces held 92 KB per pair at 1
 * s durations: 901 MB at 200 x 50.
 *
 * <p>Readers ({@link #snapshot}, {@link #reset}, {@link #drainIntervals}) are serialised by this
 * object's lock, which no writer ever takes in steady state (only the first call of an operation
 * takes it once, to create the operation's recording). The stripes hold the cumulative figures
 * themselves: a reader sums them without writing them (counts only grow, so a call recorded while
 * it reads is counted in this reading or the next), and keeps no copy of its own except, once JFR
 * asks for statistics intervals, the per-phase counts at the last interval. A thread that ends
 * leaves nothing behind but its figures, already in the stripes.
 *
 * <p>Thread-safe.
 */
public final class Recorder {
  /** The most stripes an operation is split into, whatever the processor count. */
  static final int MAX_STRIPES = 8;

  private static final Phase[] PHASES = Phase.values();
  private static final Recorder RUNTIME = new Recorder(defaultStripes());

  private final ParallelTotals parallel = new ParallelTotals();
  private final LockAggregator locks = new LockAggregator();
  private final int stripeCount;
  private final int stripeMask;
  private volatile OperationRecording[] operations = new OperationRecording[0];
  private boolean intervalsWanted;
  private long resetAtNanos = Long.MIN_VALUE;

  /**
   * A recorder of its own, for tests and tools; the agent's recording goes to {@link #runtime()}.
   *
   * @param stripes stripes per operation, a power of two from 1 to {@value #MAX_STRIPES}
   * @throws IllegalArgumentException when {@code stripes} is not such a power of two
   */
  public Recorder(int stripes) {
    if (stripes < 1 || stripes > MAX_STRIPES || Integer.bitCount(stripes) != 1) {
      throw new IllegalArgumentException(
          "stripes must be a power of two from 1 to " + MAX_STRIPES + ": " + stripes);
    }
    this.stripeCount = stripes;
    this.stripeMask = stripes - 1;
  }

  /**
   * The process's recorder: what the woven advice and {@link dev.boundarytracer.BoundaryTracer}
   * record into, and what every report reads.
   *
   * @return never null
   */
  public static Recorder runtime() {
    return RUNTIME;
  }

  /**
   * @return where the phase calls' hand-offs to other threads are summed
   */
  public ParallelTotals parallel() {
    return parallel;
  }

  /**
   * @return where the designated locks' holds of this recorder's threads are merged
   */
  public LockAggregator locks() {
    return locks;
  }

  /**
   * @return stripes per operation, a power of two from 1 to {@value #MAX_STRIPES}
   */
  public int stripeCount() {
    return stripeCount;
  }

  /**
   * The stripe a thread with stripe index {@code stripe} writes for an operation. Any thread; in
   * steady state two array reads and two null checks.
   *
   * @param operationId from {@link OperationRegistry#idOf}
   * @param stripe any int; reduced modulo the stripe count
   * @return never null
   */
  OperationStripe stripe(int operationId, int stripe) {
    OperationRecording[] ops = operations;
    OperationRecording r = operationId < ops.length ? ops[operationId] : null;
    if (r == null) {
      r = create(operationId);
    }
    return r.stripe(stripe & stripeMask);
  }

  /**
   * Everything recorded so far, without red flags: every operation (sorted by name), every
   * designated lock, and the distributions behind the percentiles. Memory in proportion to
   * operations and phases: one histogram per (operation, phase) with calls.
   *
   * @return never null
   */
  public RecorderSnapshot snapshot() {
    Distributions.Builder distributions = new Distributions.Builder();
    Percentiles percentiles = new Percentiles();
    List<OperationSnapshot> result = new ArrayList<>();
    synchronized (this) {
      OperationRecording[] ops = operations;
      for (int id = 0; id < ops.length; id++) {
        if (ops[id] == null) {
          continue;
        }
        OperationRecording.Reading reading = ops[id].read();
        OperationCounters c = reading.counters;
        if (c.count > 0 || anyPhase(c)) {
          result.add(toSnapshot(id, reading, distributions, percentiles));
        }
      }
    }
    result.sort(Comparator.comparing(OperationSnapshot::name));
    return new RecorderSnapshot(result, locks.snapshot(), distributions.build());
  }

  /**
   * Starts keeping per-phase interval counts for {@link #drainIntervals()}; until called, nothing
   * is kept for them. Called when JFR initialises.
   */
  public synchronized void startIntervals() {
    if (intervalsWanted) {
      return;
    }
    for (OperationRecording r : operations) {
      if (r != null) {
        r.startIntervals();
      }
    }
    intervalsWanted = true;
  }

  /**
   * The per-phase histograms recorded since the previous call (or since {@link #startIntervals()}),
   * for periodic statistics.
   *
   * @return one entry per (operation, phase) with calls in the interval; never null, empty before
   *     {@link #startIntervals()}
   */
  public synchronized List<PhaseInterval> drainIntervals() {
    List<PhaseInterval> result = new ArrayList<>();
    if (!intervalsWanted) {
      return result;
    }
    OperationRecording[] ops = operations;
    for (int id = 0; id < ops.length; id++) {
      OperationRecording r = ops[id];
      if (r == null) {
        continue;
      }
      Histogram[] intervals = r.drainIntervals();
      for (int p = 0; p < PHASES.length; p++) {
        if (intervals[p] != null) {
          result.add(new PhaseInterval(OperationRegistry.nameOf(id), PHASES[p], intervals[p]));
        }
      }
    }
    return result;
  }

  /**
   * Forgets everything recorded so far, with the lock and hand-off figures; recording goes on.
   * Throughput afterwards counts from the reset; the largest allocation of one call is the only
   * figure kept from before.
   */
  public synchronized void reset() {
    locks.reset();
    resetAtNanos = System.nanoTime();
    parallel.reset();
    for (OperationRecording r : operations) {
      if (r != null) {
        r.reset();
      }
    }
  }

  /**
   * Bytes the recording holds now: every operation's stripes and the reader's views.
   *
   * @return bytes, >= 0
   */
  public synchronized long footprintBytes() {
    long bytes = 16 + 4L * operations.length;
    for (OperationRecording r : operations) {
      if (r != null) {
        bytes += r.footprintBytes();
      }
    }
    return bytes;
  }

  private synchronized OperationRecording create(int operationId) {
    OperationRecording[] ops = operations;
    OperationRecording r = operationId < ops.length ? ops[operationId] : null;
    if (r != null) {
      return r;
    }
    r = new OperationRecording(stripeCount);
    if (intervalsWanted) {
      r.startIntervals();
    }
    // A new array each time (once per operation): writers read the published one without a lock.
    ops =
        Arrays.copyOf(
            ops, Math.max(ops.length, Math.max(operationId + 1, OperationRegistry.size())));
    ops[operationId] = r;
    operations = ops;
    return r;
  }

  private static int defaultStripes() {
    int cpus = Runtime.getRuntime().availableProcessors();
    int stripes = Integer.highestOneBit(Math.max(1, cpus));
    if (stripes < cpus) {
      stripes <<= 1;
    }
    return Math.min(MAX_STRIPES, stripes);
  }

  private static boolean anyPhase(OperationCounters c) {
    for (long n : c.phaseCount) {
      if (n > 0) {
        return true;
      }
    }
    return false;
  }

  private OperationSnapshot toSnapshot(
      int id,
      OperationRecording.Reading r,
      Distributions.Builder distributions,
      Percentiles percentiles) {
    String name = OperationRegistry.nameOf(id);
    OperationCounters c = r.counters;
    LockSource lockSource = LockUsages.source(c);
    List<PhaseSnapshot> phases = new ArrayList<>();
    for (Phase phase : PHASES) {
      int i = phase.ordinal();
      if (c.phaseCount[i] > 0) {
        RecordedCounts h = r.phases[i];
        distributions.phase(name, phase, h);
        LockUse lock = c.phaseHeldCount[i] * 2 >= c.phaseCount[i] ? LockUse.HELD : LockUse.RELEASED;
        phases.add(
            new PhaseSnapshot(
                phase,
                lock,
                c.phaseCount[i],
                c.phaseErrors[i],
                percentiles.stats(
                    c.phaseCount[i], c.phaseNanos[i], c.phaseMinNanos[i], c.phaseMaxNanos[i], h),
                parallel.of(id, phase),
                LockUsages.phase(c, i, lockSource, lock == LockUse.HELD),
                new PhasePerOperation(c.phaseOps[i], c.phaseOpNanos[i], c.phaseOpMaxNanos[i]),
                c.phaseCost[i].fit()));
      }
    }
    long firstStart = Math.max(c.firstStartNanos, resetAtNanos);
    long active = c.count == 0 || c.lastEndNanos < firstStart ? 0 : c.lastEndNanos - firstStart;
    LockUsage lockUsage = LockUsages.operation(c, lockSource);
    boolean measured = lockUsage.measured();
    RecordedCounts total = r.total;
    if (total != null) {
      distributions.operation(name, total);
    }
    return new OperationSnapshot(
        name,
        c.count,
        c.errors,
        c.docs,
        measured ? lockUsage.heldNanos() : c.lockHeldNanos,
        measured ? lockUsage.releases() : c.lockReleases,
        c.parallelCount,
        c.allocatedBytesSum,
        c.allocatedBytesMax,
        active,
        percentiles.stats(c.count, c.totalNanos, c.minNanos, c.maxNanos, total),
        phases,
        List.of(),
        lockUsage,
        c.allocationUnmeasured);
  }
}
