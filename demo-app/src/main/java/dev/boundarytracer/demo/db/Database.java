package dev.boundarytracer.demo.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the bridge stores documents: a JDBC URL that workers open their own connections to. */
public interface Database extends AutoCloseable {

  /**
   * The JDBC URL clients connect to.
   *
   * @return never null
   */
  String jdbcUrl();

  /**
   * Opens a new connection.
   *
   * @return a connection the caller closes
   * @throws SQLException when the database cannot be reached
   */
  default Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl());
  }

  /**
   * Releases what this object started (a server, a holding connection).
   *
   * @throws SQLException when closing fails
   */
  @Override
  void close() throws SQLException;

  /**
   * The database at a user-given URL, which this process does not own.
   *
   * @param jdbcUrl a JDBC URL
   * @return a database whose {@link #close()} does nothing
   */
  static Database external(String jdbcUrl) {
    return new Database() {
      @Override
      public String jdbcUrl() {
        return jdbcUrl;
      }

      @Override
      public void close() {}
    };
  }
}
