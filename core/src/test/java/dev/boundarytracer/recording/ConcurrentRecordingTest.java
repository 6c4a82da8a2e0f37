package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.OperationSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** Per-thread single-writer recording merged into snapshots loses nothing. */
class ConcurrentRecordingTest {

  @Test
  void snapshotsTakenWhileThreadsRecordLoseNoCallAndEndedThreadsKeepTheirData() throws Exception {
    String op = "concurrent-" + System.nanoTime();
    int opId = OperationRegistry.idOf(op);
    int phase =
        MethodRegistry.register(new MethodSpec(opId, Phase.CONVERT, LockUse.RELEASED, "T#convert"));
    int threads = 4;
    int perThread = 20_000;
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                await(start);
                ThreadState s = ThreadState.current();
                for (int i = 0; i < perThread; i++) {
                  s.enterOperation(opId, 10);
                  s.enterPhase(phase, -1);
                  s.exitPhase(false);
                  s.exitOperation(false);
                }
              });
      w.start();
      workers.add(w);
    }
    await(start);
    // Snapshots while writers run must not disturb them.
    for (int i = 0; i < 20; i++) {
      Aggregator.snapshot();
    }
    for (Thread w : workers) {
      w.join();
    }
    OperationSnapshot snap = ThreadStateTest.find(op);
    long expected = (long) threads * perThread;
    assertEquals(expected, snap.count());
    assertEquals(expected * 10, snap.docs());
    assertEquals(expected, snap.phase(Phase.CONVERT).count());
    assertEquals(expected, snap.lockReleases());
    // A second snapshot after the threads ended (they are dropped) still has everything.
    OperationSnapshot again = ThreadStateTest.find(op);
    assertEquals(expected, again.count());
    assertEquals(snap.totalNanos().sumNanos(), again.totalNanos().sumNanos());
    DurationStats total = again.totalNanos();
    assertTrue(total.minNanos() <= total.p50Nanos() && total.p50Nanos() <= total.p99Nanos());
    assertTrue(total.p99Nanos() <= total.maxNanos());
  }

  private static void await(CyclicBarrier b) {
    try {
      b.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
