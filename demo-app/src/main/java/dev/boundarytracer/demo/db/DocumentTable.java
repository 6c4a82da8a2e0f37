package dev.boundarytracer.demo.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One connection's view of the document table, with its statements prepared once. Each batch runs
 * in its own transaction. Not thread-safe: one per worker.
 */
public final class DocumentTable implements AutoCloseable {
  private static final String T = DocumentSchema.TABLE;
  private static final int MAX_ROWS_PER_SELECT = 1 << 16;
  private static final int MAX_ROWS_PER_INSERT = 64;
  private static final long FETCH_BYTES = 56 * 1024;
  private static final long INSERT_BYTES = 48 * 1024;
  private static final long ROW_OVERHEAD_BYTES = 32;

  private final Connection connection;
  private final PreparedStatement[] inserts =
      new PreparedStatement[Integer.numberOfTrailingZeros(MAX_ROWS_PER_INSERT) + 1];
  private long averageRowBytes = 1024;
  private final PreparedStatement update;

  /**
   * Prepares the statements on a connection this object then owns.
   *
   * @param connection an open connection; switched to manual commit
   * @throws SQLException when preparing fails
   */
  public DocumentTable(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    this.update =
        connection.prepareStatement(
            "UPDATE "
                + T
                + " SET category = ?, version = version + 1, size_bytes = ?, body = ?"
                + " WHERE id = ?");
  }

  /**
   * Opens a connection to a database and prepares the statements.
   *
   * @param database where
   * @return the table view
   * @throws SQLException when the database cannot be reached
   */
  public static DocumentTable open(Database database) throws SQLException {
    Connection connection = database.connect();
    try {
      return new DocumentTable(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Inserts a batch in one transaction, as a JDBC batch of multi-row INSERT statements (like a
   * driver's insert_many: a few messages per batch, not one round trip per document). Each
   * statement carries at most {@value #MAX_ROWS_PER_INSERT} rows and stays below H2's 64 KB
   * transfer buffer (see {@link #selectRange}).
   *
   * @param worker the inserting worker's number, stored in the indexed {@code worker} column
   * @param documents the rows
   * @return rows inserted
   * @throws SQLException when the batch fails (it is rolled back)
   */
  public int insert(int worker, List<EncodedDocument> documents) throws SQLException {
    int rowsPerStatement = rowsPerInsert(documents);
    int next = 0;
    int inserted = 0;
    try {
      int full = documents.size() / rowsPerStatement;
      if (full > 0) {
        PreparedStatement statement = insertStatement(rowsPerStatement);
        for (int i = 0; i < full; i++) {
          bindInsert(statement, worker, documents, next, rowsPerStatement);
          statement.addBatch();
          next += rowsPerStatement;
        }
        inserted += sum(statement.executeBatch());
      }
      for (int rows = rowsPerStatement / 2; rows >= 1; rows /= 2) {
        if (documents.size() - next >= rows) {
          PreparedStatement statement = insertStatement(rows);
          bindInsert(statement, worker, documents, next, rows);
          inserted += statement.executeUpdate();
          next += rows;
        }
      }
      connection.commit();
      return inserted;
    } catch (SQLException | RuntimeException e) {
      for (PreparedStatement statement : inserts) {
        if (statement != null) {
          statement.clearBatch();
        }
      }
      connection.rollback();
      throw e;
    }
  }

  private static int rowsPerInsert(List<EncodedDocument> documents) {
    long bytes = ROW_OVERHEAD_BYTES;
    for (EncodedDocument document : documents) {
      bytes += document.bson().length;
    }
    long average = bytes / Math.max(1, documents.size()) + ROW_OVERHEAD_BYTES;
    long fitting = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, INSERT_BYTES / average));
    return Integer.highestOneBit((int) fitting);
  }

  private PreparedStatement insertStatement(int rows) throws SQLException {
    int slot = Integer.numberOfTrailingZeros(rows);
    if (inserts[slot] == null) {
      StringBuilder sql =
          new StringBuilder("INSERT INTO ")
              .append(T)
              .append(" (id, worker, category, version, size_bytes, body) VALUES ");
      for (int i = 0; i < rows; i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, 1, ?, ?)");
      }
      inserts[slot] = connection.prepareStatement(sql.toString());
    }
    return inserts[slot];
  }

  private static void bindInsert(
      PreparedStatement statement, int worker, List<EncodedDocument> documents, int from, int rows)
      throws SQLException {
    int parameter = 1;
    for (int i = from; i < from + rows; i++) {
      EncodedDocument document = documents.get(i);
      statement.setLong(parameter++, document.id());
      statement.setInt(parameter++, worker);
      statement.setString(parameter++, document.category());
      statement.setInt(parameter++, document.bson().length);
      statement.setBytes(parameter++, document.bson());
    }
  }

  /**
   * Replaces the bodies of existing rows in one transaction, bumping their version.
   *
   * @param documents the new contents, by id
   * @return update counts in input order (1 per row found, 0 per missing row)
   * @throws SQLException when the batch fails (it is rolled back)
   */
  public int[] update(List<EncodedDocument> documents) throws SQLException {
    for (EncodedDocument document : documents) {
      update.setString(1, document.category());
      update.setInt(2, document.bson().length);
      update.setBytes(3, document.bson());
      update.setLong(4, document.id());
      update.addBatch();
    }
    return executeAndCommit(update);
  }

  /**
   * Reads the rows whose id lies in {@code [fromId, toId)}, in id order.
   *
   * <p>The rows come in chunks of a fetch size chosen so that each chunk stays below H2's 64 KB
   * transfer buffer: a larger response leaves the socket in two writes, and since H2 does not
   * disable Nagle's algorithm, the second waits for the client's delayed ACK (40 ms per chunk). H2
   * binds the fetch size when a statement is prepared, hence a plain statement here.
   *
   * @param fromId inclusive
   * @param toId exclusive
   * @return the rows
   * @throws SQLException when the query fails
   */
  public List<StoredRow> selectRange(long fromId, long toId) throws SQLException {
    int expected = (int) Math.min(Math.max(0, toId - fromId), MAX_ROWS_PER_SELECT);
    List<StoredRow> rows = new ArrayList<>(expected);
    long bytes = 0;
    try (Statement select = connection.createStatement()) {
      select.setFetchSize(Math.max(1, Math.min(expected, rowsPerFetch())));
      try (ResultSet result =
          select.executeQuery(
              "SELECT id, version, body FROM "
                  + T
                  + " WHERE id >= "
                  + fromId
                  + " AND id < "
                  + toId
                  + " ORDER BY id")) {
        while (result.next()) {
          byte[] body = result.getBytes(3);
          bytes += body.length;
          rows.add(new StoredRow(result.getLong(1), result.getInt(2), body));
        }
      }
    }
    if (!rows.isEmpty()) {
      averageRowBytes = (averageRowBytes + bytes / rows.size() + ROW_OVERHEAD_BYTES) / 2;
    }
    return rows;
  }

  private int rowsPerFetch() {
    return (int) Math.max(1, FETCH_BYTES / Math.max(1, averageRowBytes));
  }

  /**
   * Counts all rows of the table.
   *
   * @return the count
   * @throws SQLException when the query fails
   */
  public long countRows() throws SQLException {
    return queryLong("SELECT COUNT(*) FROM " + T);
  }

  /**
   * Sums the versions of all rows: rows inserted plus updates applied.
   *
   * @return the sum
   * @throws SQLException when the query fails
   */
  public long sumVersions() throws SQLException {
    return queryLong("SELECT COALESCE(SUM(version), 0) FROM " + T);
  }

  private long queryLong(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } finally {
      connection.commit();
    }
  }

  private int[] executeAndCommit(PreparedStatement statement) throws SQLException {
    try {
      int[] counts = statement.executeBatch();
      connection.commit();
      return counts;
    } catch (SQLException | RuntimeException e) {
      statement.clearBatch();
      connection.rollback();
      throw e;
    }
  }

  private static int sum(int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
    }
    return total;
  }

  /** Closes the statements and the connection. */
  @Override
  public void close() throws SQLException {
    try (connection;
        PreparedStatement closedLast = update) {
      for (PreparedStatement statement : inserts) {
        if (statement != null) {
          statement.close();
        }
      }
    }
  }
}
