package dev.boundarytracer.demo.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedH2ServerTest {

  @Test
  void servesAnInMemoryDatabaseOverTcpOnLoopback() throws SQLException {
    try (EmbeddedH2Server server = EmbeddedH2Server.start()) {
      assertTrue(server.jdbcUrl().startsWith("jdbc:h2:tcp://127.0.0.1:" + server.port() + "/mem:"));
      assertTrue(server.port() > 0);
      try (Connection connection = server.connect();
          Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT 1 + 1")) {
        result.next();
        assertEquals(2, result.getInt(1));
      }
    }
  }

  @Test
  void dataWrittenByOneClientIsSeenByAnother() throws SQLException {
    try (EmbeddedH2Server server = EmbeddedH2Server.start()) {
      try (Connection writer = server.connect();
          Statement statement = writer.createStatement()) {
        statement.execute("CREATE TABLE t (v INT)");
        statement.execute("INSERT INTO t VALUES (42)");
      }
      try (Connection reader = server.connect();
          Statement statement = reader.createStatement();
          ResultSet result = statement.executeQuery("SELECT v FROM t")) {
        result.next();
        assertEquals(42, result.getInt(1));
      }
    }
  }

  @Test
  void eachServerHasItsOwnDatabaseAndPort() throws SQLException {
    try (EmbeddedH2Server first = EmbeddedH2Server.start();
        EmbeddedH2Server second = EmbeddedH2Server.start()) {
      assertNotEquals(first.port(), second.port());
      assertNotEquals(first.jdbcUrl(), second.jdbcUrl());
    }
  }

  @Test
  void closeStopsTheServer() throws SQLException {
    EmbeddedH2Server server = EmbeddedH2Server.start();
    server.close();
    assertFalse(server.isRunning());
    assertThrows(SQLException.class, () -> server.connect().close());
  }
}
