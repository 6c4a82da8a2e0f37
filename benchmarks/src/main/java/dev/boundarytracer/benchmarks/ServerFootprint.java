package dev.boundarytracer.benchmarks;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.recording.MethodRegistry;
import dev.boundarytracer.recording.MethodSpec;
import dev.boundarytracer.recording.OperationRegistry;
import dev.boundarytracer.recording.Recorder;
import dev.boundarytracer.recording.ThreadState;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * The heap the recorder keeps on the shape of a server: a pool of threads, all alive, each calling
 * every one of many operations a few times, each call running the four phases, with durations
 * spread log-uniformly from 1 µs to 50 ms: by default every call's ({@code wide}, every phase
 * reaches about 16 ranges of values, the worst case for the sparse counts), or, with {@code
 * typical}, each phase's own duration within a factor of 4 either side. Calls go through the same
 * entry points as the woven advice, with their start moved back by the duration, so nothing sleeps.
 *
 * <p>Measured as used heap after a full GC, against the same threads alive before their first call:
 * after the calls (the recording), after a report (plus the reader's cumulative counts), and after
 * the threads ended. Run without the agent; {@code -XX:ActiveProcessorCount=64} gives the figure of
 * a 64-core machine (the stripe count follows the processor count, at most 8).
 *
 * <p>Arguments: {@code [threads] [operations] [calls per thread and operation] [wide|typical]},
 * default 200, 50, 3 and wide. Prints one markdown table row.
 */
public final class ServerFootprint {
  private static final long MIN_NANOS = 1_000;
  private static final long MAX_NANOS = 50_000_000;

  private ServerFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int operations = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    boolean wide = args.length <= 3 || !"typical".equals(args[3]);
    // Typical: each (operation, phase) has its own duration, drawn from the whole range, and its
    // calls vary within a factor of 4 either side of it.
    SplittableRandom centres = new SplittableRandom(-1);
    long[][] centreNanos = new long[operations][Phase.values().length];
    for (long[] row : centreNanos) {
      for (int p = 0; p < row.length; p++) {
        row[p] = duration(centres, MIN_NANOS, MAX_NANOS);
      }
    }
    Phase[] phases = Phase.values();
    int[] ops = new int[operations];
    int[][] methods = new int[operations][phases.length];
    for (int o = 0; o < operations; o++) {
      ops[o] = OperationRegistry.idOf("server-" + o);
      for (Phase p : phases) {
        methods[o][p.ordinal()] =
            MethodRegistry.register(
                new MethodSpec(ops[o], p, LockUse.RELEASED, "Server" + o + "#" + p));
      }
    }
    CountDownLatch started = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch recorded = new CountDownLatch(threads);
    CountDownLatch end = new CountDownLatch(1);
    Thread[] pool = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      long seed = t;
      pool[t] =
          new Thread(
              () -> {
                started.countDown();
                await(go);
                SplittableRandom random = new SplittableRandom(seed);
                ThreadState state = ThreadState.current();
                for (int c = 0; c < calls; c++) {
                  for (int o = 0; o < operations; o++) {
                    long now = System.nanoTime();
                    long total = 0;
                    for (int p = 0; p < phases.length; p++) {
                      long d =
                          wide
                              ? duration(random, MIN_NANOS, MAX_NANOS)
                              : duration(random, centreNanos[o][p] / 4, centreNanos[o][p] * 4);
                      total += d;
                      state.completePhase(methods[o][p], System.nanoTime() - d);
                    }
                    // Phases outside an operation count under their method's operation; the
                    // operation's own call ends now, its start moved back by its phases' sum.
                    state.completeOperation(ops[o], now - total);
                  }
                }
                recorded.countDown();
                await(end);
              },
              "server-" + t);
      pool[t].start();
    }
    started.await();
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    go.countDown();
    recorded.await();
    long wallNanos = System.nanoTime() - start;
    long recording = usedHeapAfterGc() - before;
    Recorder.runtime().snapshot();
    long reported = usedHeapAfterGc() - before;
    long counted = Recorder.runtime().footprintBytes();
    end.countDown();
    for (Thread t : pool) {
      t.join();
    }
    long ended = usedHeapAfterGc() - before;
    System.out.println(
        "| processors | stripes | threads | operations | phase calls | heap added, recording |"
            + " after a report | after the threads ended | recorder's own count | wall ms |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    System.out.println(
        String.format(
            Locale.ROOT,
            "| %d | %d | %d | %d | %d | %.1f MiB | %.1f MiB | %.1f MiB | %.1f MiB | %d |",
            Runtime.getRuntime().availableProcessors(),
            Recorder.runtime().stripeCount(),
            threads,
            operations,
            (long) threads * operations * calls * phases.length,
            mib(recording),
            mib(reported),
            mib(ended),
            mib(counted),
            wallNanos / 1_000_000));
  }

  /** Log-uniform from {@code low} to {@code high}. */
  private static long duration(SplittableRandom random, long low, long high) {
    double span = Math.log((double) high / low);
    return (long) (low * Math.exp(random.nextDouble() * span));
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
