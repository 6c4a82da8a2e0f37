package dev.boundarytracer.it.app.pointcut;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.it.app.Order;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Stores orders as JSON in H2 with no boundary annotation anywhere: the pointcut file alone says
 * what to profile. Each {@link #saveAll} encodes every order with Jackson and runs two JDBC batches
 * (one {@code Statement}, one {@code PreparedStatement}).
 */
public final class OrderRepository {
  private final Connection connection;
  private final ObjectMapper mapper = new ObjectMapper();

  public OrderRepository(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, body VARBINARY(1000))");
      s.execute("CREATE TABLE audit (id BIGINT)");
    }
  }

  /** Encodes and inserts a batch; returns the encoded bodies. */
  public int saveAll(List<Order> orders) throws Exception {
    try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO orders (id, body) VALUES (?, ?)");
        Statement audit = connection.createStatement()) {
      for (Order o : orders) {
        byte[] json = mapper.writeValueAsBytes(o);
        insert.setLong(1, o.id());
        insert.setBytes(2, json);
        insert.addBatch();
        audit.addBatch("INSERT INTO audit (id) VALUES (" + o.id() + ")");
      }
      insert.executeBatch();
      audit.executeBatch();
    }
    return orders.size();
  }

  /** Reads every stored id; the array's length is the document count. */
  public long[] loadIds() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM orders ORDER BY id")) {
      long[] ids = new long[countRows()];
      for (int i = 0; rs.next(); i++) {
        ids[i] = rs.getLong(1);
      }
      return ids;
    }
  }

  private int countRows() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM orders")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
