package dev.boundarytracer.demo.source;

import dev.boundarytracer.demo.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The application objects a run works with: an immutable list that workers read in windows,
 * wrapping around at the end, so that any batch size can be served from any pool.
 */
public final class DocumentPool {
  private final List<SourceDocument> documents;

  /**
   * A pool over the given documents.
   *
   * @param documents at least one
   */
  public DocumentPool(List<? extends SourceDocument> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("a document pool needs at least one document");
    }
    this.documents = List.copyOf(documents);
  }

  /**
   * A pool of synthetic orders.
   *
   * @param seed the generator's seed
   * @param size how many orders
   * @return the pool
   */
  public static DocumentPool synthetic(long seed, int size) {
    return new DocumentPool(new OrderGenerator(seed).next(size));
  }

  /**
   * How many distinct documents the pool holds.
   *
   * @return >= 1
   */
  public int size() {
    return documents.size();
  }

  /**
   * {@code count} documents starting at {@code offset}, wrapping around.
   *
   * @param offset any non-negative position; taken modulo the pool size
   * @param count >= 0
   * @return an unmodifiable list
   */
  public List<SourceDocument> window(long offset, int count) {
    int start = (int) Math.floorMod(offset, (long) documents.size());
    if (start + count <= documents.size()) {
      return documents.subList(start, start + count);
    }
    List<SourceDocument> window = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      window.add(documents.get((start + i) % documents.size()));
    }
    return List.copyOf(window);
  }
}
