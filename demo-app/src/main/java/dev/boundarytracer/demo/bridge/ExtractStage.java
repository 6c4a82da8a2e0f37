package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import dev.boundarytracer.demo.model.SourceDocument;
import java.util.List;

/** The extract phase of the write operations: application objects to the intermediate form. */
public final class ExtractStage {
  private final GilLock lock;

  /**
   * A stage serialised by the given lock.
   *
   * @param lock the shared GIL analogue
   */
  public ExtractStage(GilLock lock) {
    this.lock = lock;
  }

  /**
   * Extracts a batch while holding the lock (the application objects are shared state).
   *
   * @param documents the application objects
   * @param firstId the id of the first one; the rest get consecutive ids
   * @return the intermediate forms
   */
  @BoundaryPhase(Phase.EXTRACT)
  public List<ExtractedDocument> extract(List<? extends SourceDocument> documents, long firstId) {
    lock.acquire();
    try {
      return Extraction.extractAll(documents, firstId);
    } finally {
      lock.release();
    }
  }
}
