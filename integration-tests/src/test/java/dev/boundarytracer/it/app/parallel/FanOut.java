package dev.boundarytracer.it.app.parallel;

import dev.boundarytracer.BoundaryContext;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveAction;
import java.util.stream.IntStream;

/**
 * Operations whose convert phase hands busy-spin work items to other threads in each of the ways
 * the agent follows, one operation per way. Each records what it observed in a {@link GroundTruth}.
 */
final class FanOut {
  static final long ITEM_NANOS = 20_000_000L;

  private final GroundTruth truth;

  FanOut(GroundTruth truth) {
    this.truth = truth;
  }

  /** Fixed pool of n threads, n items that wait for each other: exactly n distinct threads. */
  @BoundaryOperation("pool_fanout")
  void poolFanOut(@DocCount List<Integer> docs, ExecutorService pool, int n) throws Exception {
    convertOnPool(docs, pool, n);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnPool(List<Integer> docs, ExecutorService pool, int n) throws Exception {
    GroundTruth.Call call = new GroundTruth.Call();
    CountDownLatch allStarted = new CountDownLatch(n);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      futures.add(
          pool.submit(
              () -> {
                allStarted.countDown();
                allStarted.await();
                return call.item(ITEM_NANOS);
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    truth.add("pool_fanout", call);
  }

  /** A parallel stream inside a dedicated ForkJoinPool. */
  @BoundaryOperation("stream_fanout")
  void streamFanOut(@DocCount List<Integer> docs, ForkJoinPool pool, int items) throws Exception {
    convertOnStream(docs, pool, items);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnStream(List<Integer> docs, ForkJoinPool pool, int items) throws Exception {
    GroundTruth.Call call = new GroundTruth.Call();
    pool.submit(() -> IntStream.range(0, items).parallel().forEach(i -> call.item(ITEM_NANOS)))
        .get();
    truth.add("stream_fanout", call);
  }

  /** A parallel stream on the common pool, called from the phase's own thread. */
  @BoundaryOperation("common_stream")
  void commonStream(@DocCount List<Integer> docs, int items) {
    convertOnCommonStream(docs, items);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnCommonStream(List<Integer> docs, int items) {
    GroundTruth.Call call = new GroundTruth.Call();
    IntStream.range(0, items).parallel().forEach(i -> call.item(ITEM_NANOS));
    truth.add("common_stream", call);
  }

  /** A RecursiveAction that forks its halves from the pool's workers. */
  @BoundaryOperation("forkjoin_fork")
  void forkJoin(@DocCount List<Integer> docs, ForkJoinPool pool, int items) {
    convertByForking(docs, pool, items);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertByForking(List<Integer> docs, ForkJoinPool pool, int items) {
    GroundTruth.Call call = new GroundTruth.Call();
    pool.invoke(new Halves(call, 0, items));
    truth.add("forkjoin_fork", call);
  }

  /** CompletableFuture.supplyAsync with the default async executor. */
  @BoundaryOperation("future_fanout")
  void futureFanOut(@DocCount List<Integer> docs, int items) {
    convertOnFutures(docs, items);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnFutures(List<Integer> docs, int items) {
    GroundTruth.Call call = new GroundTruth.Call();
    List<CompletableFuture<Long>> futures = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      futures.add(CompletableFuture.supplyAsync(() -> call.item(ITEM_NANOS)));
    }
    futures.forEach(CompletableFuture::join);
    truth.add("future_fanout", call);
  }

  /** Everything on the phase's own thread; declared not parallel. */
  @BoundaryOperation("own_thread")
  void ownThread(@DocCount List<Integer> docs, int items) {
    convertOnOwnThread(docs, items);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnOwnThread(List<Integer> docs, int items) {
    GroundTruth.Call call = new GroundTruth.Call();
    for (int i = 0; i < items; i++) {
      call.item(ITEM_NANOS);
    }
    truth.add("own_thread", call);
  }

  /**
   * Declares parallel but hands everything to a single-thread pool: the measured value wins, so
   * convert is judged not parallel.
   */
  @BoundaryOperation("single_worker")
  void singleWorker(@DocCount List<Integer> docs, ExecutorService single, int items)
      throws Exception {
    convertOnSingleWorker(docs, single, items);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnSingleWorker(List<Integer> docs, ExecutorService single, int items)
      throws Exception {
    BoundaryContext.setParallel(true);
    GroundTruth.Call call = new GroundTruth.Call();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      futures.add(single.submit(() -> call.item(ITEM_NANOS)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    truth.add("single_worker", call);
  }

  /**
   * A one-thread pool without a queue that runs rejected tasks on the caller: of two items that
   * wait for each other, one runs on the worker and one on the phase's own thread.
   */
  @BoundaryOperation("caller_runs")
  void callerRuns(@DocCount List<Integer> docs, ExecutorService callerRunsPool) throws Exception {
    convertWithCallerRuns(docs, callerRunsPool);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertWithCallerRuns(List<Integer> docs, ExecutorService callerRunsPool)
      throws Exception {
    GroundTruth.Call call = new GroundTruth.Call();
    CountDownLatch bothStarted = new CountDownLatch(2);
    Callable<Long> item =
        () -> {
          bothStarted.countDown();
          bothStarted.await();
          return call.item(ITEM_NANOS);
        };
    Future<Long> onWorker = callerRunsPool.submit(item);
    Future<Long> onCaller = callerRunsPool.submit(item); // rejected: runs here, now
    onWorker.get();
    onCaller.get();
    truth.add("caller_runs", call);
  }

  /** Hands work to a pool inside the operation but outside any phase; then a trivial phase. */
  @BoundaryOperation("outside_phase")
  void outsidePhase(@DocCount List<Integer> docs, ExecutorService pool, int items)
      throws Exception {
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      futures.add(pool.submit(() -> BusySpin.spin(ITEM_NANOS)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    trivialConvert(docs);
  }

  @BoundaryPhase(Phase.CONVERT)
  private int trivialConvert(List<Integer> docs) {
    return docs.size();
  }

  private static final class Halves extends RecursiveAction {
    private final GroundTruth.Call call;
    private final int from;
    private final int to;

    Halves(GroundTruth.Call call, int from, int to) {
      this.call = call;
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      if (to - from == 1) {
        call.item(ITEM_NANOS);
        return;
      }
      int middle = (from + to) >>> 1;
      Halves right = new Halves(call, middle, to);
      right.fork();
      new Halves(call, from, middle).compute();
      right.join();
    }
  }
}
