package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.db.EncodedDocument;
import dev.boundarytracer.demo.model.SourceDocument;
import dev.boundarytracer.demo.stats.PhaseTimer;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** {@code insert_many}: stores new documents and returns their ids. One per worker. */
public final class InsertManyOperation {
  private final GilLock lock;
  private final IdSequence ids;
  private final ExtractStage extractStage;
  private final EncodeStage encodeStage;
  private final DocumentTable table;
  private final int worker;
  private final PhaseTimer timer;

  /**
   * An operation bound to one worker's connection.
   *
   * @param shared what all workers share
   * @param table the worker's connection
   * @param worker the worker's number
   */
  public InsertManyOperation(BridgeShared shared, DocumentTable table, int worker) {
    this.lock = shared.lock();
    this.ids = shared.ids();
    this.extractStage = new ExtractStage(shared.lock());
    this.encodeStage = new EncodeStage(shared.lock(), shared.mapper(), shared.profile());
    this.table = table;
    this.worker = worker;
    this.timer = new PhaseTimer(shared.stats(), OperationKind.INSERT_MANY);
  }

  /**
   * Inserts a batch of application objects as new documents.
   *
   * @param documents the application objects
   * @return the new documents' ids, in order
   * @throws SQLException when the database rejects the batch
   */
  @BoundaryOperation("insert_many")
  public List<Long> insertMany(@DocCount List<? extends SourceDocument> documents)
      throws SQLException {
    timer.begin();
    long firstId = ids.reserve(documents.size());
    List<ExtractedDocument> extracted = extractStage.extract(documents, firstId);
    timer.lap(Phase.EXTRACT);
    List<EncodedDocument> encoded = encodeStage.convert(extracted);
    timer.lap(Phase.CONVERT);
    int inserted = write(encoded);
    timer.lap(Phase.NETWORK);
    List<Long> insertedIds = materialize(encoded, inserted);
    timer.lap(Phase.MATERIALIZE);
    timer.end(documents.size());
    return insertedIds;
  }

  /**
   * Sends the batch to the database in one transaction.
   *
   * @param encoded the rows
   * @return rows inserted
   * @throws SQLException when the batch fails
   */
  @BoundaryPhase(Phase.NETWORK)
  int write(List<EncodedDocument> encoded) throws SQLException {
    return table.insert(worker, encoded);
  }

  /**
   * Builds the caller's result, the inserted ids, under the lock.
   *
   * @param encoded the rows sent
   * @param inserted rows the database reported
   * @return the ids
   */
  @BoundaryPhase(Phase.MATERIALIZE)
  List<Long> materialize(List<EncodedDocument> encoded, int inserted) {
    lock.acquire();
    try {
      if (inserted != encoded.size()) {
        throw new IllegalStateException(
            "inserted " + inserted + " of " + encoded.size() + " documents");
      }
      Long[] insertedIds = new Long[encoded.size()];
      for (int i = 0; i < insertedIds.length; i++) {
        insertedIds[i] = encoded.get(i).id();
      }
      return Arrays.asList(insertedIds);
    } finally {
      lock.release();
    }
  }
}
