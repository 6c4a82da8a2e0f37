package dev.boundarytracer.demo.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentTableTest {
  private EmbeddedH2Server server;
  private DocumentTable table;

  @BeforeEach
  void start() throws SQLException {
    server = EmbeddedH2Server.start();
    try (Connection connection = server.connect()) {
      DocumentSchema.recreate(connection);
    }
    table = DocumentTable.open(server);
  }

  @AfterEach
  void stop() throws SQLException {
    table.close();
    server.close();
  }

  @Test
  void insertedRowsAreReadBackInIdOrder() throws SQLException {
    assertEquals(10, table.insert(0, rows(1, 10, "a")));
    List<StoredRow> found = table.selectRange(3, 7);
    assertEquals(List.of(3L, 4L, 5L, 6L), found.stream().map(StoredRow::id).toList());
    assertArrayEquals(new byte[] {3, 'a'}, found.get(0).body());
    assertEquals(1, found.get(0).version());
    assertEquals(10, table.countRows());
  }

  @Test
  void updateReplacesBodiesAndBumpsVersionsAndReportsMissingRows() throws SQLException {
    table.insert(1, rows(1, 5, "a"));
    List<EncodedDocument> changes = rows(4, 3, "b");
    int[] counts = table.update(changes);
    assertArrayEquals(new int[] {1, 1, 0}, counts);
    List<StoredRow> found = table.selectRange(1, 10);
    assertEquals(5, found.size());
    assertEquals(2, found.get(3).version());
    assertArrayEquals(new byte[] {4, 'b'}, found.get(3).body());
    assertEquals(1, found.get(0).version());
    assertEquals(5 + 2, table.sumVersions());
  }

  @Test
  void failedBatchIsRolledBackWhole() throws SQLException {
    table.insert(0, rows(1, 3, "a"));
    assertThrows(SQLException.class, () -> table.insert(0, rows(3, 3, "dup")));
    assertEquals(3, table.countRows());
    assertEquals(2, table.insert(0, rows(4, 2, "ok")));
  }

  private static List<EncodedDocument> rows(long firstId, int count, String tag) {
    List<EncodedDocument> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id = firstId + i;
      rows.add(
          new EncodedDocument(id, "cat" + (id % 3), new byte[] {(byte) id, (byte) tag.charAt(0)}));
    }
    return rows;
  }
}
