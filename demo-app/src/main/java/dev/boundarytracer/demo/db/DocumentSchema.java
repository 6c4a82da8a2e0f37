package dev.boundarytracer.demo.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one table of the bridge: a row per document, with a few indexed columns beside the BSON
 * bytes.
 */
public final class DocumentSchema {
  /** The table's name. */
  public static final String TABLE = "bridge_documents";

  private DocumentSchema() {}

  /**
   * Drops and recreates the table and its indexes.
   *
   * @param connection an open connection
   * @throws SQLException when the statements fail
   */
  public static void recreate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + TABLE);
      statement.execute(
          "CREATE TABLE "
              + TABLE
              + " (id BIGINT PRIMARY KEY,"
              + " worker INT NOT NULL,"
              + " category VARCHAR(64) NOT NULL,"
              + " version INT NOT NULL,"
              + " size_bytes INT NOT NULL,"
              + " body VARBINARY NOT NULL)");
      statement.execute("CREATE INDEX " + TABLE + "_worker ON " + TABLE + " (worker)");
      statement.execute("CREATE INDEX " + TABLE + "_category ON " + TABLE + " (category)");
      // no index on version: updates would churn it
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }
}
