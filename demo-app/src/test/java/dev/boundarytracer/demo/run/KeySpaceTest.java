package dev.boundarytracer.demo.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeySpaceTest {
  private final KeySpace keys = KeySpace.of(3, 100, 0);

  @Test
  void eachWorkerOwnsFourBatchesOfPreloadedIds() {
    assertEquals(400, keys.slice());
    assertEquals(1200, keys.preloadedRows());
    assertEquals(1, keys.sliceStart(0));
    assertEquals(401, keys.sliceStart(1));
    assertEquals(1201, keys.firstFreeId());
  }

  @Test
  void slicesGrowToLoadTheMinimumRows() {
    KeySpace large = KeySpace.of(2, 500, 20_000);
    assertEquals(20, large.windowsPerSlice());
    assertEquals(20_000, large.preloadedRows());
    assertEquals(10_001, large.sliceStart(1));
    assertEquals(5, KeySpace.of(3, 1000, 14_000).windowsPerSlice());
  }

  @Test
  void updateWindowsCycleInsideTheWorkersOwnSlice() {
    for (int worker = 0; worker < 3; worker++) {
      for (long update = 0; update < 9; update++) {
        long start = keys.updateWindowStart(worker, update);
        assertTrue(start >= keys.sliceStart(worker));
        assertTrue(start + keys.batch() <= keys.sliceStart(worker) + keys.slice());
      }
    }
    assertEquals(keys.updateWindowStart(2, 1), keys.updateWindowStart(2, 5));
  }

  @Test
  void findWindowsAreFullWindowsOfPreloadedIds() {
    SplittableRandom random = new SplittableRandom(1);
    long lowest = Long.MAX_VALUE;
    long highest = 0;
    for (int i = 0; i < 10_000; i++) {
      long start = keys.findWindowStart(random);
      lowest = Math.min(lowest, start);
      highest = Math.max(highest, start);
    }
    assertEquals(1, lowest);
    assertEquals(keys.preloadedRows() - keys.batch() + 1, highest);
  }
}
