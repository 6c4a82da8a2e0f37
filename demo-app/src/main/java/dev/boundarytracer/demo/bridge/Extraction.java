package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.demo.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/** Reads application objects into the intermediate form. Pure; takes no lock. */
public final class Extraction {
  private Extraction() {}

  /**
   * Extracts a batch, giving consecutive ids.
   *
   * @param documents the application objects
   * @param firstId the id of the first one
   * @return the intermediate forms, in order
   */
  public static List<ExtractedDocument> extractAll(
      List<? extends SourceDocument> documents, long firstId) {
    List<ExtractedDocument> extracted = new ArrayList<>(documents.size());
    long id = firstId;
    for (SourceDocument document : documents) {
      extracted.add(new ExtractedDocument(id, document.category(), document.extract(id)));
      id++;
    }
    return extracted;
  }
}
