package dev.boundarytracer.it.app;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;

/**
 * Operations whose phases throw application exceptions, to check that the agent passes them through
 * unchanged and counts them as errors. Remembers the last exception it threw so that the caller can
 * check it caught the very same instance.
 */
public final class FailingStore {
  /** The exception the last failing phase threw; read by the caller on the same thread. */
  static Throwable lastThrown;

  /**
   * {@code checked_failure}: extract succeeds, then the network phase throws a {@link
   * StoreException} that the operation lets through.
   *
   * @param docs documents in the batch
   * @throws StoreException always
   */
  @BoundaryOperation("checked_failure")
  void insertRefused(@DocCount int docs) throws StoreException {
    extract(docs);
    sendRefused(docs);
  }

  /**
   * {@code runtime_failure}: the convert phase throws an {@link IllegalStateException} when {@code
   * fail} is true; otherwise all four phases run.
   *
   * @param docs documents in the batch
   * @param fail whether convert throws
   */
  @BoundaryOperation("runtime_failure")
  void insertMaybeBroken(@DocCount int docs, boolean fail) {
    extract(docs);
    convert(docs, fail);
    sendOk(docs);
    materialize(docs);
  }

  /**
   * {@code recovered_failure}: the network phase throws a {@link StoreException} that the operation
   * catches and retries once, so the operation itself succeeds.
   *
   * @param docs documents in the batch
   * @return true, after the retry
   */
  @BoundaryOperation("recovered_failure")
  boolean insertWithRetry(@DocCount int docs) {
    extract(docs);
    try {
      sendRefused(docs);
    } catch (StoreException first) {
      sendOk(docs);
    }
    materialize(docs);
    return true;
  }

  @BoundaryPhase(Phase.EXTRACT)
  int extract(int docs) {
    return docs * 2;
  }

  @BoundaryPhase(Phase.CONVERT)
  int convert(int docs, boolean fail) {
    if (fail) {
      IllegalStateException e = new IllegalStateException("cannot encode document " + docs);
      lastThrown = e;
      throw e;
    }
    return docs + 1;
  }

  @BoundaryPhase(Phase.NETWORK)
  void sendRefused(int docs) throws StoreException {
    StoreException e = new StoreException("store refused batch of " + docs);
    lastThrown = e;
    throw e;
  }

  @BoundaryPhase(Phase.NETWORK)
  int sendOk(int docs) {
    return docs;
  }

  @BoundaryPhase(Phase.MATERIALIZE)
  int materialize(int docs) {
    return docs - 1;
  }
}
