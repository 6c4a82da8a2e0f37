package dev.boundarytracer.demo.concurrent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;

/**
 * Maps a batch element by element, on a dedicated {@link ForkJoinPool} when the batch is large
 * enough and the caller allows it, otherwise on the calling thread. Batches from 50 documents are
 * split, the size from which splitting the conversion pays.
 */
public final class ParallelMapper implements AutoCloseable {
  /** Batches at least this large run in parallel (from this size splitting the work pays). */
  public static final int DEFAULT_THRESHOLD = 50;

  private static final int MIN_CHUNK = 8;

  private final ForkJoinPool pool;
  private final int threshold;

  /**
   * A mapper with its own pool.
   *
   * @param parallelism threads of the pool, >= 1
   * @param threshold smallest batch that runs in parallel, >= 1
   */
  public ParallelMapper(int parallelism, int threshold) {
    if (parallelism < 1 || threshold < 1) {
      throw new IllegalArgumentException("parallelism and threshold must be >= 1");
    }
    this.pool = new ForkJoinPool(parallelism, ParallelMapper::newWorker, null, false);
    this.threshold = threshold;
  }

  /**
   * A mapper with one pool thread per processor, at least four, and the default threshold. Four on
   * a small machine: the demo's workers convert at the same time, and with as many pool threads as
   * workers each conversion would mostly get one thread, not showing the parallel convert this
   * mapper is there to show.
   *
   * @return the mapper
   */
  public static ParallelMapper forThisMachine() {
    return new ParallelMapper(
        Math.max(4, Runtime.getRuntime().availableProcessors()), DEFAULT_THRESHOLD);
  }

  /**
   * Maps every element.
   *
   * @param input the batch
   * @param function applied to each element; must be thread-safe
   * @param allowParallel false forces the calling thread
   * @param <T> element type
   * @param <R> result type
   * @return the results in input order, and whether the pool did the work
   */
  public <T, R> Mapped<R> map(
      List<? extends T> input, Function<? super T, ? extends R> function, boolean allowParallel) {
    Object[] results = new Object[input.size()];
    boolean parallel = allowParallel && input.size() >= threshold;
    if (parallel) {
      int chunk = Math.max(MIN_CHUNK, input.size() / (pool.getParallelism() * 4));
      pool.invoke(new Slice<>(input, function, results, 0, input.size(), chunk));
    } else {
      for (int i = 0; i < results.length; i++) {
        results[i] = function.apply(input.get(i));
      }
    }
    @SuppressWarnings("unchecked")
    List<R> values = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return new Mapped<>(values, parallel);
  }

  private static ForkJoinWorkerThread newWorker(ForkJoinPool pool) {
    ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    thread.setName("bridge-convert-" + thread.getPoolIndex());
    thread.setDaemon(true);
    return thread;
  }

  /** Shuts the pool down; mapping afterwards fails. */
  @Override
  public void close() {
    pool.shutdown();
  }

  private static final class Slice<T, R> extends RecursiveAction {
    private final List<? extends T> input;
    private final Function<? super T, ? extends R> function;
    private final Object[] results;
    private final int from;
    private final int to;
    private final int chunk;

    Slice(
        List<? extends T> input,
        Function<? super T, ? extends R> function,
        Object[] results,
        int from,
        int to,
        int chunk) {
      this.input = input;
      this.function = function;
      this.results = results;
      this.from = from;
      this.to = to;
      this.chunk = chunk;
    }

    @Override
    protected void compute() {
      if (to - from <= chunk) {
        for (int i = from; i < to; i++) {
          results[i] = function.apply(input.get(i));
        }
        return;
      }
      int middle = (from + to) >>> 1;
      invokeAll(
          new Slice<>(input, function, results, from, middle, chunk),
          new Slice<>(input, function, results, middle, to, chunk));
    }
  }
}
