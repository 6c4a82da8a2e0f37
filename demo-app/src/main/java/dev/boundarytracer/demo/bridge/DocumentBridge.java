package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.model.FoundDocument;
import dev.boundarytracer.demo.model.SourceDocument;
import dev.boundarytracer.demo.model.UpdateResult;
import java.sql.SQLException;
import java.util.List;

/**
 * One worker's handle on the bridge: its three operations over its own connection. Not thread-safe;
 * operations of different workers run concurrently and meet at the shared lock.
 */
public final class DocumentBridge implements AutoCloseable {
  private final DocumentTable table;
  private final InsertManyOperation insertMany;
  private final FindOperation find;
  private final UpdateManyOperation updateMany;

  /**
   * A bridge over a connection this object then owns.
   *
   * @param shared what all workers share
   * @param table the worker's connection
   * @param worker the worker's number
   */
  public DocumentBridge(BridgeShared shared, DocumentTable table, int worker) {
    this.table = table;
    this.insertMany = new InsertManyOperation(shared, table, worker);
    this.find = new FindOperation(shared, table);
    this.updateMany = new UpdateManyOperation(shared, table);
  }

  /**
   * See {@link InsertManyOperation#insertMany}.
   *
   * @param documents the application objects
   * @return their new ids
   * @throws SQLException when the database fails
   */
  public List<Long> insertMany(List<? extends SourceDocument> documents) throws SQLException {
    return insertMany.insertMany(documents);
  }

  /**
   * See {@link FindOperation#find}.
   *
   * @param fromId the first id
   * @param limit the window's size
   * @return the documents found
   * @throws SQLException when the database fails
   */
  public List<FoundDocument> find(long fromId, int limit) throws SQLException {
    return find.find(fromId, limit);
  }

  /**
   * See {@link UpdateManyOperation#updateMany}.
   *
   * @param firstId the first id replaced
   * @param replacements the new contents
   * @return the counts
   * @throws SQLException when the database fails
   */
  public UpdateResult updateMany(long firstId, List<? extends SourceDocument> replacements)
      throws SQLException {
    return updateMany.updateMany(firstId, replacements);
  }

  /** Closes the worker's connection. */
  @Override
  public void close() throws SQLException {
    table.close();
  }
}
