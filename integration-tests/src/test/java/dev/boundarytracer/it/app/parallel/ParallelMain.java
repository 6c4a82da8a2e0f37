package dev.boundarytracer.it.app.parallel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the {@link FanOut} operations a few times each and writes the {@link GroundTruth}.
 *
 * <p>Arguments: {@code <ground-truth.properties> [calls]}, 4 calls per operation by default. While
 * {@code pool_fanout} runs, a second thread outside any phase keeps handing busy-spin tasks to the
 * same pool: they must not be attributed to the phase.
 */
public final class ParallelMain {
  /** Threads of the fixed pool and of the ForkJoin pools. */
  public static final int POOL_THREADS = 4;

  /** Work items per call of the stream, fork and future operations. */
  public static final int ITEMS = 8;

  /** Documents per operation: at the default threshold, convert must run in parallel. */
  public static final int DOCS = 100;

  private ParallelMain() {}

  /**
   * @param args {@code <ground-truth.properties> [calls]}
   * @throws Exception on any failure (the test then fails on the exit code)
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<Integer> docs = new ArrayList<>();
    for (int i = 0; i < DOCS; i++) {
      docs.add(i);
    }
    GroundTruth truth = new GroundTruth();
    FanOut fanOut = new FanOut(truth);
    ExecutorService pool = Executors.newFixedThreadPool(POOL_THREADS);
    ExecutorService single = Executors.newSingleThreadExecutor();
    ForkJoinPool forkJoin = new ForkJoinPool(POOL_THREADS);
    ExecutorService callerRuns =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    AtomicBoolean noise = new AtomicBoolean(true);
    Thread outsider = new Thread(() -> submitOutsideAnyPhase(pool, noise), "outside-any-phase");
    outsider.start();
    for (int i = 0; i < calls; i++) {
      fanOut.poolFanOut(docs, pool, POOL_THREADS);
    }
    noise.set(false);
    outsider.join();
    for (int i = 0; i < calls; i++) {
      fanOut.streamFanOut(docs, forkJoin, ITEMS);
      fanOut.commonStream(docs, ITEMS);
      fanOut.forkJoin(docs, forkJoin, ITEMS);
      fanOut.futureFanOut(docs, ITEMS);
      fanOut.ownThread(docs, 2);
      fanOut.singleWorker(docs, single, 2);
      fanOut.outsidePhase(docs, pool, POOL_THREADS);
      fanOut.callerRuns(docs, callerRuns);
    }
    VirtualFanOut.runIfAvailable(truth, docs, calls);
    pool.shutdown();
    single.shutdown();
    forkJoin.shutdown();
    callerRuns.shutdown();
    truth.write(out);
    System.out.println("parallel scenarios done");
  }

  private static void submitOutsideAnyPhase(ExecutorService pool, AtomicBoolean running) {
    try {
      while (running.get()) {
        Future<?> f = pool.submit(() -> BusySpin.spin(FanOut.ITEM_NANOS / 4));
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
