package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.db.EncodedDocument;
import dev.boundarytracer.demo.model.SourceDocument;
import dev.boundarytracer.demo.model.UpdateResult;
import dev.boundarytracer.demo.stats.PhaseTimer;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code update_many}: replaces the documents of a range of ids with new contents. One per worker.
 */
public final class UpdateManyOperation {
  private final GilLock lock;
  private final ExtractStage extractStage;
  private final EncodeStage encodeStage;
  private final DocumentTable table;
  private final PhaseTimer timer;

  /**
   * An operation bound to one worker's connection.
   *
   * @param shared what all workers share
   * @param table the worker's connection
   */
  public UpdateManyOperation(BridgeShared shared, DocumentTable table) {
    this.lock = shared.lock();
    this.extractStage = new ExtractStage(shared.lock());
    this.encodeStage = new EncodeStage(shared.lock(), shared.mapper(), shared.profile());
    this.table = table;
    this.timer = new PhaseTimer(shared.stats(), OperationKind.UPDATE_MANY);
  }

  /**
   * Replaces documents {@code firstId, firstId + 1, ...} with the given application objects.
   *
   * @param firstId the id of the first document replaced
   * @param replacements the new contents
   * @return how many were asked for and how many rows changed
   * @throws SQLException when the database rejects the batch
   */
  @BoundaryOperation("update_many")
  public UpdateResult updateMany(
      long firstId, @DocCount List<? extends SourceDocument> replacements) throws SQLException {
    timer.begin();
    List<ExtractedDocument> extracted = extractStage.extract(replacements, firstId);
    timer.lap(Phase.EXTRACT);
    List<EncodedDocument> encoded = encodeStage.convert(extracted);
    timer.lap(Phase.CONVERT);
    int[] counts = write(encoded);
    timer.lap(Phase.NETWORK);
    UpdateResult result = materialize(counts);
    timer.lap(Phase.MATERIALIZE);
    timer.end(replacements.size());
    return result;
  }

  /**
   * Sends the batch of updates in one transaction.
   *
   * @param encoded the new contents by id
   * @return update counts per row
   * @throws SQLException when the batch fails
   */
  @BoundaryPhase(Phase.NETWORK)
  int[] write(List<EncodedDocument> encoded) throws SQLException {
    return table.update(encoded);
  }

  /**
   * Builds the caller's result, the counts, under the lock.
   *
   * @param counts update counts per row
   * @return the result
   */
  @BoundaryPhase(Phase.MATERIALIZE)
  UpdateResult materialize(int[] counts) {
    lock.acquire();
    try {
      int modified = 0;
      for (int count : counts) {
        modified += Math.max(0, count);
      }
      return new UpdateResult(counts.length, modified);
    } finally {
      lock.release();
    }
  }
}
