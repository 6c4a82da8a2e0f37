package dev.boundarytracer.benchmarks.footprint;

import dev.boundarytracer.BoundaryMetrics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * An application shaped like a server, run with or without the agent by {@link FootprintGrid}: a
 * pool of platform threads, distinct {@code @BoundaryOperation}s of four phases each, every thread
 * making a few requests of every operation. Prints {@code key=value} lines on stdout.
 *
 * <p>{@code steady <threads> <operations> <requests>}: the threads make their requests, then stay
 * alive while the live heap is measured (used heap after full GCs) and leave only after that: what
 * a pool of that size keeps. Prints {@code liveHeapBytes}, {@code workMillis} (first request to the
 * last), {@code peakRssBytes} (VmHWM before exit).
 *
 * <p>{@code replace <threads> <operations> <requests> <rounds>}: a pool that replaces its threads:
 * each round starts {@code threads} new threads that make their requests and end. Prints the live
 * heap after some rounds ({@code liveHeapAfterRound.<n>}), and {@code operationCount} (from {@link
 * BoundaryMetrics}, 0 without the agent) beside {@code expectedOperations}: the figures of ended
 * threads must stay in the totals.
 */
public final class ServerShape {
  private ServerShape() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: ServerShape steady <threads> <operations> <requests>"
              + " | replace <threads> <operations> <requests> <rounds>");
      System.exit(2);
    }
    String mode = args[0];
    int threads = Integer.parseInt(args[1]);
    int operations = Integer.parseInt(args[2]);
    int requests = Integer.parseInt(args[3]);
    String networkMax = System.getProperty("footprint.networkMaxMicros");
    if (networkMax != null) {
      Requests.networkMaxMicros = Long.parseLong(networkMax);
    }
    Runnable[] ops = Operations.make(operations);
    print("liveHeapBeforeBytes", liveHeapBytes());
    if (mode.equals("replace")) {
      replace(ops, threads, requests, Integer.parseInt(args[4]));
    } else {
      steady(ops, threads, requests);
    }
    print("peakRssBytes", peakRssBytes());
    // Last: the heap after full GCs once the application's threads have ended, so that the heap
    // the JVM logs at exit exceeds it only by what the exit (the agent's report) allocates.
    print("liveHeapAtEndBytes", liveHeapBytes());
  }

  private static void steady(Runnable[] ops, int threads, int requests) throws Exception {
    CountDownLatch done = new CountDownLatch(threads);
    CountDownLatch measured = new CountDownLatch(1);
    long startNanos = System.nanoTime();
    List<Thread> pool = start(ops, threads, requests, done, measured);
    done.await();
    print("workMillis", (System.nanoTime() - startNanos) / 1_000_000);
    print("liveHeapBytes", liveHeapBytes());
    measured.countDown();
    for (Thread t : pool) {
      t.join();
    }
  }

  private static void replace(Runnable[] ops, int threads, int requests, int rounds)
      throws Exception {
    long startNanos = System.nanoTime();
    for (int round = 1; round <= rounds; round++) {
      CountDownLatch done = new CountDownLatch(threads);
      for (Thread t : start(ops, threads, requests, done, null)) {
        t.join();
      }
      if (round == 1 || round == rounds || Integer.bitCount(round) == 1) {
        print("liveHeapAfterRound." + round, liveHeapBytes());
      }
    }
    print("workMillis", (System.nanoTime() - startNanos) / 1_000_000);
    print("expectedOperations", (long) rounds * threads * ops.length * requests);
    print("operationCount", BoundaryMetrics.operationCount());
  }

  private static List<Thread> start(
      Runnable[] ops, int threads, int requests, CountDownLatch done, CountDownLatch hold) {
    List<Thread> pool = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int r = 0; r < requests; r++) {
                  for (Runnable op : ops) {
                    op.run();
                  }
                }
                done.countDown();
                if (hold != null) {
                  awaitQuietly(hold);
                }
              },
              "worker-" + t);
      thread.start();
      pool.add(thread);
    }
    return pool;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Used heap after full collections: the smallest of a few, so nothing collectable is counted. */
  static long liveHeapBytes() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
    return -1;
  }

  private static void print(String key, long value) {
    System.out.println(key + "=" + value);
  }
}
