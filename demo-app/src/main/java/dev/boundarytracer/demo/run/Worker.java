package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.bridge.DocumentBridge;
import dev.boundarytracer.demo.bridge.OperationKind;
import dev.boundarytracer.demo.model.FoundDocument;
import dev.boundarytracer.demo.model.UpdateResult;
import dev.boundarytracer.demo.source.DocumentPool;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One worker thread's loop: insert_many, find, update_many in turn, each over a batch, until the
 * stop rule says so or an operation fails.
 */
final class Worker implements Runnable {
  private final int id;
  private final DocumentBridge bridge;
  private final DocumentPool pool;
  private final KeySpace keys;
  private final int batchMin;
  private final ThroughputMonitor monitor;
  private final StopRule stopRule;
  private final SplittableRandom random;
  private volatile Throwable failure;

  Worker(
      int id,
      DocumentBridge bridge,
      DocumentPool pool,
      KeySpace keys,
      int batchMin,
      ThroughputMonitor monitor,
      StopRule stopRule,
      long seed) {
    this.id = id;
    this.bridge = bridge;
    this.pool = pool;
    this.keys = keys;
    this.batchMin = batchMin;
    this.monitor = monitor;
    this.stopRule = stopRule;
    this.random = new SplittableRandom(seed + 7919L * id);
  }

  @Override
  public void run() {
    int batch = keys.batch();
    long cursor = (long) id * batch;
    long updates = 0;
    try {
      for (long round = 0; stopRule.keepGoing(round); round++) {
        OperationKind kind = OperationKind.forRound(round);
        // Windows stay batch wide (the key space is laid out so); the size within varies.
        int size = batchMin >= batch ? batch : batchMin + random.nextInt(batch - batchMin + 1);
        switch (kind) {
          case INSERT_MANY -> {
            List<Long> ids = bridge.insertMany(pool.window(cursor, size));
            cursor += batch;
            monitor.record(kind, ids.size());
          }
          case FIND -> {
            List<FoundDocument> found = bridge.find(keys.findWindowStart(random), size);
            monitor.record(kind, found.size());
          }
          case UPDATE_MANY -> {
            long first = keys.updateWindowStart(id, updates++);
            UpdateResult result = bridge.updateMany(first, pool.window(cursor, size));
            cursor += batch;
            monitor.record(kind, result.modified());
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      monitor.recordError();
      failure = e;
    }
  }

  /**
   * What ended this worker early, if anything.
   *
   * @return the failure, or null
   */
  Throwable failure() {
    return failure;
  }
}
