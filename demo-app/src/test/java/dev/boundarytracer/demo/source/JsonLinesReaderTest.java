package dev.boundarytracer.demo.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.demo.model.IntermediateDocument;
import dev.boundarytracer.demo.model.JsonDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  @TempDir Path dir;

  @Test
  void readsOneDocumentPerNonBlankLine() throws IOException {
    Path file =
        write(
            "{\"name\": \"a\", \"n\": 1, \"tags\": [\"x\"], \"nested\": {\"k\": true}}",
            "",
            "  ",
            "{\"_id\": 99, \"type\": \"invoice\", \"amount\": 2.5}");
    List<JsonDocument> documents = JsonLinesReader.read(file);
    assertEquals(2, documents.size());
    assertEquals("a", documents.get(0).body().getString("name"));
    assertEquals(Document.class, documents.get(0).body().get("nested").getClass());
    assertEquals("document", documents.get(0).category());
    assertEquals("invoice", documents.get(1).category());
  }

  @Test
  void extractReplacesTheInputIdWithTheBridgesId() throws IOException {
    Path file = write("{\"_id\": 99, \"type\": \"invoice\", \"amount\": 2.5}");
    IntermediateDocument fields = JsonLinesReader.read(file).get(0).extract(7);
    assertEquals(3, fields.size());
    assertEquals("_id", fields.names()[0]);
    assertEquals(7L, fields.get("_id"));
    assertEquals(2.5, fields.get("amount"));
  }

  @Test
  void rejectsALineThatIsNotAJsonDocumentNamingTheLine() throws IOException {
    Path file = write("{\"ok\": 1}", "{\"broken\": ", "{\"ok\": 2}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonLinesReader.read(file));
    assertTrue(e.getMessage().startsWith("line 2 "), e.getMessage());
  }

  @Test
  void rejectsAJsonArrayLine() throws IOException {
    Path file = write("[1, 2, 3]");
    assertThrows(IllegalArgumentException.class, () -> JsonLinesReader.read(file));
  }

  @Test
  void rejectsAFileWithoutDocuments() throws IOException {
    Path file = write("", "   ");
    assertThrows(IllegalArgumentException.class, () -> JsonLinesReader.read(file));
  }

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("input.jsonl");
    Files.write(file, List.of(lines));
    return file;
  }
}
