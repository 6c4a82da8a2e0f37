package dev.boundarytracer.demo.source;

import dev.boundarytracer.demo.model.JsonDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.BSONException;
import org.bson.Document;
import org.bson.json.JsonParseException;

/** Reads JSON Lines: one JSON document per line (MongoDB Extended JSON is accepted). */
public final class JsonLinesReader {
  private JsonLinesReader() {}

  /**
   * Reads every non-blank line of a file as one document.
   *
   * @param file a UTF-8 text file
   * @return the documents in file order, at least one
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a JSON document (the message names the
   *     line), or the file holds no document
   */
  public static List<JsonDocument> read(Path file) throws IOException {
    List<JsonDocument> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          documents.add(new JsonDocument(parse(line, lineNumber)));
        }
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no JSON document");
    }
    return documents;
  }

  private static Document parse(String line, int lineNumber) {
    try {
      return Document.parse(line);
    } catch (JsonParseException | BSONException e) {
      throw new IllegalArgumentException(
          "line " + lineNumber + " is not a JSON document: " + e.getMessage(), e);
    }
  }
}
