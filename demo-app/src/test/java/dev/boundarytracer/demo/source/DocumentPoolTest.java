package dev.boundarytracer.demo.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundarytracer.demo.model.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPoolTest {
  private final DocumentPool pool = DocumentPool.synthetic(11, 10);

  @Test
  void windowInsideThePoolIsTheSameDocuments() {
    List<SourceDocument> window = pool.window(2, 5);
    assertEquals(5, window.size());
    assertSame(pool.window(0, 10).get(2), window.get(0));
  }

  @Test
  void windowWrapsAroundTheEnd() {
    List<SourceDocument> all = pool.window(0, 10);
    List<SourceDocument> window = pool.window(8, 5);
    assertEquals(List.of(all.get(8), all.get(9), all.get(0), all.get(1), all.get(2)), window);
  }

  @Test
  void windowLargerThanThePoolRepeatsIt() {
    List<SourceDocument> window = pool.window(25, 23);
    assertEquals(23, window.size());
    assertSame(window.get(0), window.get(10));
    assertSame(pool.window(5, 1).get(0), window.get(0));
  }

  @Test
  void emptyPoolIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new DocumentPool(List.of()));
  }
}
