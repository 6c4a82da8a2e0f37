package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.db.StoredRow;
import dev.boundarytracer.demo.model.FoundDocument;
import dev.boundarytracer.demo.stats.PhaseTimer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * {@code find}: reads a window of documents by id range and decodes them for the caller. Its
 * convert phase runs after the network phase, since what needs converting (BSON to documents)
 * arrives from the database. One per worker.
 */
public final class FindOperation {
  private final GilLock lock;
  private final DecodeStage decodeStage;
  private final DocumentTable table;
  private final PhaseTimer timer;

  /**
   * An operation bound to one worker's connection.
   *
   * @param shared what all workers share
   * @param table the worker's connection
   */
  public FindOperation(BridgeShared shared, DocumentTable table) {
    this.lock = shared.lock();
    this.decodeStage = new DecodeStage(shared.lock(), shared.mapper(), shared.profile());
    this.table = table;
    this.timer = new PhaseTimer(shared.stats(), OperationKind.FIND);
  }

  /**
   * Finds the documents with ids in {@code [fromId, fromId + limit)}.
   *
   * @param fromId the first id
   * @param limit how many ids the window spans
   * @return the documents found, in id order
   * @throws SQLException when the query fails
   */
  @BoundaryOperation("find")
  public List<FoundDocument> find(long fromId, @DocCount int limit) throws SQLException {
    timer.begin();
    RangeFilter filter = extract(fromId, limit);
    timer.lap(Phase.EXTRACT);
    List<StoredRow> rows = fetch(filter);
    timer.lap(Phase.NETWORK);
    List<Document> bodies = decodeStage.convert(rows);
    timer.lap(Phase.CONVERT);
    List<FoundDocument> found = materialize(rows, bodies);
    timer.lap(Phase.MATERIALIZE);
    timer.end(limit);
    return found;
  }

  /**
   * Reads the caller's query into a filter, under the lock.
   *
   * @param fromId the first id
   * @param limit the window's size
   * @return the filter
   */
  @BoundaryPhase(Phase.EXTRACT)
  RangeFilter extract(long fromId, int limit) {
    lock.acquire();
    try {
      return new RangeFilter(fromId, fromId + Math.max(0, limit));
    } finally {
      lock.release();
    }
  }

  /**
   * Runs the query and reads the rows' bytes.
   *
   * @param filter the window
   * @return the rows
   * @throws SQLException when the query fails
   */
  @BoundaryPhase(Phase.NETWORK)
  List<StoredRow> fetch(RangeFilter filter) throws SQLException {
    return table.selectRange(filter.fromId(), filter.toId());
  }

  /**
   * Builds the caller's result objects from the decoded documents, under the lock.
   *
   * @param rows the rows read
   * @param bodies their decoded documents, same order
   * @return one result per row
   */
  @BoundaryPhase(Phase.MATERIALIZE)
  List<FoundDocument> materialize(List<StoredRow> rows, List<Document> bodies) {
    lock.acquire();
    try {
      List<FoundDocument> found = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        StoredRow row = rows.get(i);
        found.add(new FoundDocument(row.id(), row.version(), bodies.get(i)));
      }
      return found;
    } finally {
      lock.release();
    }
  }
}
