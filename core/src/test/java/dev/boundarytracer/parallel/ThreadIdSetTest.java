package dev.boundarytracer.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadIdSetTest {

  @Test
  void countsEachIdOnce() {
    ThreadIdSet set = new ThreadIdSet();
    set.add(3);
    set.add(3);
    set.add(0);
    set.add(3 + ThreadIdSet.CAPACITY); // same start slot as 3
    assertEquals(3, set.size());
    assertTrue(set.contains(3 + ThreadIdSet.CAPACITY));
    assertFalse(set.saturated());
  }

  @Test
  void saturatesAtCapacity() {
    ThreadIdSet set = new ThreadIdSet();
    for (long id = 1; id <= ThreadIdSet.CAPACITY + 5; id++) {
      set.add(id);
    }
    assertEquals(ThreadIdSet.CAPACITY, set.size());
    assertTrue(set.saturated());
  }
}
