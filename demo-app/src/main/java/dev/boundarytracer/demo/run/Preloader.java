package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.bridge.ExtractedDocument;
import dev.boundarytracer.demo.bridge.Extraction;
import dev.boundarytracer.demo.codec.BsonEncoder;
import dev.boundarytracer.demo.db.Database;
import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.db.EncodedDocument;
import dev.boundarytracer.demo.source.DocumentPool;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the rows that finds and updates work on, before the workers start and outside any operation
 * (so the agent records none of it). It runs the same extraction and encoding code as the
 * operations, which also warms that code up.
 */
public final class Preloader {
  private static final int MAX_ROWS_PER_TRANSACTION = 2000;

  private Preloader() {}

  /**
   * Inserts every worker's slice of the key space.
   *
   * @param database where
   * @param pool the documents to store (windows of it, wrapping around)
   * @param keys the layout
   * @return rows inserted
   * @throws SQLException when the database fails
   */
  public static long load(Database database, DocumentPool pool, KeySpace keys) throws SQLException {
    BsonEncoder encoder = new BsonEncoder();
    int chunk = Math.min(keys.batch(), MAX_ROWS_PER_TRANSACTION);
    long loaded = 0;
    try (DocumentTable table = DocumentTable.open(database)) {
      for (int worker = 0; worker < keys.workers(); worker++) {
        long first = keys.sliceStart(worker);
        for (long offset = 0; offset < keys.slice(); offset += chunk) {
          int count = (int) Math.min(chunk, keys.slice() - offset);
          List<ExtractedDocument> extracted =
              Extraction.extractAll(pool.window(first + offset, count), first + offset);
          List<EncodedDocument> encoded = new ArrayList<>(count);
          for (ExtractedDocument document : extracted) {
            encoded.add(
                new EncodedDocument(
                    document.id(), document.category(), encoder.encode(document.fields())));
          }
          loaded += table.insert(worker, encoded);
        }
      }
    }
    return loaded;
  }
}
