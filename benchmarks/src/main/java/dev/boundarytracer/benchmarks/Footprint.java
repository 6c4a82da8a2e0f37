package dev.boundarytracer.benchmarks;

import dev.boundarytracer.recording.OperationRegistry;
import dev.boundarytracer.recording.Recorder;
import dev.boundarytracer.recording.ThreadState;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Measures the heap the recorder keeps per (operation, thread): threads record every phase of many
 * distinct operations, and the used heap after a full GC is compared before and after, once before
 * the first report (the writers' counts only) and once after a snapshot (plus the reader's copies
 * and the aggregator's per-operation histograms). Prints one markdown table row per scenario.
 *
 * <p>Arguments: {@code [operations] [threads]}, default 100 and 2. Run without the agent: it calls
 * the runtime directly and measures the same classes the agent uses.
 */
public final class Footprint {
  private static final String[] HEADER = {
    "| largest duration recorded | (operation, thread) pairs | bytes per (operation, thread) before"
        + " the first report | after a report | per (operation, phase, thread), after a report |",
    "|---|---|---|---|---|"
  };

  private Footprint() {}

  public static void main(String[] args) throws InterruptedException {
    int operations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    for (String line : HEADER) {
      System.out.println(line);
    }
    measure("1 ms", 1_000_000L, operations, threads);
    measure("1 s", 1_000_000_000L, operations, threads);
  }

  private static void measure(String label, long largestNanos, int operations, int threads)
      throws InterruptedException {
    int[] ids = new int[operations];
    for (int i = 0; i < operations; i++) {
      ids[i] = OperationRegistry.idOf("footprint-" + label + "-" + i);
    }
    Recorder.runtime().snapshot();
    long before = usedHeapAfterGc();
    CountDownLatch recorded = new CountDownLatch(threads);
    CountDownLatch measured = new CountDownLatch(1);
    long[] phaseNanos = {1_000, largestNanos / 1000, largestNanos / 10, largestNanos};
    boolean[] held = {true, false, false, true};
    for (int t = 0; t < threads; t++) {
      Thread thread =
          new Thread(
              () -> {
                ThreadState state = ThreadState.current();
                for (int id : ids) {
                  state.recordCompleted(
                      id, System.nanoTime(), largestNanos, phaseNanos, held, 1000, 2, true);
                }
                recorded.countDown();
                try {
                  measured.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      thread.setDaemon(true);
      thread.start();
    }
    recorded.await();
    long written = usedHeapAfterGc();
    Recorder.runtime().snapshot();
    long reported = usedHeapAfterGc();
    measured.countDown();
    double pairs = (double) operations * threads;
    double perPairWritten = (written - before) / pairs;
    double perPairReported = (reported - before) / pairs;
    System.out.println(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.0f | %.0f | %.0f |",
            label,
            operations * threads,
            perPairWritten,
            perPairReported,
            perPairReported / (Phase.COUNT + 1)));
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

  /** Histograms per (operation, thread): one per phase plus the operation's total. */
  private static final class Phase {
    static final int COUNT = dev.boundarytracer.Phase.values().length;
  }
}
