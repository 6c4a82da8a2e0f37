package dev.boundarytracer.demo.bridge;

import java.util.concurrent.atomic.AtomicLong;

/** Hands out consecutive document ids to concurrent inserts without overlap. */
public final class IdSequence {
  private final AtomicLong next;

  /**
   * A sequence starting at {@code firstId}.
   *
   * @param firstId the first id handed out
   */
  public IdSequence(long firstId) {
    this.next = new AtomicLong(firstId);
  }

  /**
   * Reserves a block of ids.
   *
   * @param count how many
   * @return the first id of the block; the block is {@code [first, first + count)}
   */
  public long reserve(int count) {
    return next.getAndAdd(count);
  }
}
