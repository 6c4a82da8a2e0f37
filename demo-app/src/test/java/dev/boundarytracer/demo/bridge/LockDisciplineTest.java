package dev.boundarytracer.demo.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.boundarytracer.demo.model.IntermediateDocument;
import dev.boundarytracer.demo.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extract touches application objects, so it must do so with the shared lock held. */
class LockDisciplineTest {

  @Test
  void extractReadsEveryApplicationObjectWithTheLockHeld() {
    GilLock lock = new GilLock();
    List<Boolean> heldDuringRead = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      documents.add(
          new SourceDocument() {
            @Override
            public String category() {
              heldDuringRead.add(lock.isHeldByCurrentThread());
              return "probe";
            }

            @Override
            public IntermediateDocument extract(long id) {
              heldDuringRead.add(lock.isHeldByCurrentThread());
              return new IntermediateDocument(new String[] {"_id"}, new Object[] {id});
            }
          });
    }

    List<ExtractedDocument> extracted = new ExtractStage(lock).extract(documents, 40);

    assertEquals(List.of(true, true, true, true, true, true), heldDuringRead);
    assertEquals(List.of(40L, 41L, 42L), extracted.stream().map(ExtractedDocument::id).toList());
    assertFalse(lock.isHeldByCurrentThread(), "released afterwards");
  }
}
