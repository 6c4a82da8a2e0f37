package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.bridge.OperationKind;
import java.util.concurrent.atomic.LongAdder;

/** Counts completed operations, their documents, and errors, across workers. Thread-safe. */
public final class ThroughputMonitor {
  private final LongAdder[] ops = adders();
  private final LongAdder[] docs = adders();
  private final LongAdder errors = new LongAdder();

  /**
   * Records one completed operation.
   *
   * @param kind which
   * @param documents documents it inserted, found or updated
   */
  public void record(OperationKind kind, long documents) {
    ops[kind.ordinal()].increment();
    docs[kind.ordinal()].add(documents);
  }

  /** Records a failed operation. */
  public void recordError() {
    errors.increment();
  }

  /**
   * The counts so far.
   *
   * @return a snapshot
   */
  public Counts snapshot() {
    long[] opCounts = new long[ops.length];
    long[] docCounts = new long[docs.length];
    for (int i = 0; i < ops.length; i++) {
      opCounts[i] = ops[i].sum();
      docCounts[i] = docs[i].sum();
    }
    return new Counts(opCounts, docCounts, errors.sum());
  }

  private static LongAdder[] adders() {
    LongAdder[] adders = new LongAdder[OperationKind.values().length];
    for (int i = 0; i < adders.length; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }

  /**
   * Counts at one moment.
   *
   * @param ops operations per kind, by ordinal
   * @param docs documents per kind, by ordinal
   * @param errors failed operations
   */
  public record Counts(long[] ops, long[] docs, long errors) {

    /**
     * Operations of one kind.
     *
     * @param kind which
     * @return the count
     */
    public long ops(OperationKind kind) {
      return ops[kind.ordinal()];
    }

    /**
     * Documents of one kind.
     *
     * @param kind which
     * @return the count
     */
    public long docs(OperationKind kind) {
      return docs[kind.ordinal()];
    }

    /**
     * All operations.
     *
     * @return the sum
     */
    public long totalOps() {
      long total = 0;
      for (long count : ops) {
        total += count;
      }
      return total;
    }

    /**
     * All documents.
     *
     * @return the sum
     */
    public long totalDocs() {
      long total = 0;
      for (long count : docs) {
        total += count;
      }
      return total;
    }
  }
}
