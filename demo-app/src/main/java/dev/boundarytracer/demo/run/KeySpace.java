package dev.boundarytracer.demo.run;

import java.util.SplittableRandom;

/**
 * The ids loaded before the workers start, and which of them each operation touches. Every worker
 * owns a slice of {@code windowsPerSlice} batches that only it updates (so updates never wait for
 * each other's row locks); finds read windows anywhere in the loaded ids, so each returns a full
 * batch. Inserted documents get ids after the loaded ones.
 *
 * @param workers worker threads
 * @param batch documents per operation
 * @param windowsPerSlice update windows per worker slice
 */
public record KeySpace(int workers, int batch, int windowsPerSlice) {
  /** Update windows per worker slice by default. */
  public static final int DEFAULT_WINDOWS = 4;

  public KeySpace {
    if (workers < 1 || batch < 1 || windowsPerSlice < 1) {
      throw new IllegalArgumentException("workers, batch and windows must be >= 1");
    }
  }

  /**
   * The default layout: four update windows per worker, or more to load at least {@code minRows}.
   *
   * @param workers worker threads
   * @param batch documents per operation
   * @param minRows rows to load at least
   * @return the key space
   */
  public static KeySpace of(int workers, int batch, long minRows) {
    long perWindowRound = (long) workers * batch;
    long windows = Math.max(DEFAULT_WINDOWS, (minRows + perWindowRound - 1) / perWindowRound);
    return new KeySpace(workers, batch, (int) Math.min(Integer.MAX_VALUE, windows));
  }

  /**
   * Ids per worker slice.
   *
   * @return batch times windows
   */
  public long slice() {
    return (long) batch * windowsPerSlice;
  }

  /**
   * The first id of a worker's slice.
   *
   * @param worker 0-based
   * @return the id
   */
  public long sliceStart(int worker) {
    return 1 + worker * slice();
  }

  /**
   * Rows loaded before the run: ids {@code 1..preloadedRows()}.
   *
   * @return the count
   */
  public long preloadedRows() {
    return workers * slice();
  }

  /**
   * The first id inserts may use.
   *
   * @return one past the loaded ids
   */
  public long firstFreeId() {
    return preloadedRows() + 1;
  }

  /**
   * The first id of a worker's n-th update: its slice's windows in turn.
   *
   * @param worker 0-based
   * @param update 0, 1, 2, ... for this worker
   * @return the id
   */
  public long updateWindowStart(int worker, long update) {
    return sliceStart(worker) + (update % windowsPerSlice) * batch;
  }

  /**
   * The first id of a find window: a random full window inside the loaded ids.
   *
   * @param random the worker's random source
   * @return the id
   */
  public long findWindowStart(SplittableRandom random) {
    return 1 + random.nextLong(preloadedRows() - batch + 1);
  }
}
