package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.CostFit;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * Threads recording into shared stripes while snapshots are taken: nothing lost or counted twice.
 */
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
      Recorder.runtime().snapshot();
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

  @Test
  void perOperationPhaseTotalsAndCostSumsAddUpOverTheStripesOfSeveralThreads() throws Exception {
    Recorder recorder = new Recorder(4);
    String op = "fitted-" + System.nanoTime();
    int opId = OperationRegistry.idOf(op);
    int threads = 4;
    int perThread = 5_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                ThreadState s = new ThreadState(recorder);
                long[] nanos = {-1, 0, -1, -1};
                boolean[] held = new boolean[4];
                await(start);
                for (int i = 0; i < perThread; i++) {
                  long docs = 100 + i % 10 * 100;
                  // Convert costs exactly 1000 ns per call plus 50 ns per document.
                  nanos[Phase.CONVERT.ordinal()] = 1_000 + 50 * docs;
                  s.recordCompleted(opId, 0, nanos[1], nanos, held, docs, 0, false);
                }
              });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    OperationSnapshot snap = null;
    for (OperationSnapshot o : recorder.snapshot().operations()) {
      if (o.name().equals(op)) {
        snap = o;
      }
    }
    PhaseSnapshot convert = snap.phase(Phase.CONVERT);
    long calls = (long) threads * perThread;
    // Each thread's ten sizes 100..1000 come round 500 times: mean 550 documents.
    assertEquals(calls, convert.perOperation().operations());
    assertEquals(calls * (1_000 + 50 * 550), convert.perOperation().sumNanos());
    assertEquals(1_000 + 50 * 1_000, convert.perOperation().maxNanos());
    CostFit fit = convert.costFit();
    assertEquals(calls, fit.calls());
    assertEquals(100, fit.minDocs());
    assertEquals(1_000, fit.maxDocs());
    assertEquals(50.0, fit.perDocNanos(), 1e-6);
    assertEquals(1_000.0, fit.fixedNanos(), 1e-3);
    assertEquals(1.0, fit.rSquared(), 1e-9);
  }

  private static void await(CyclicBarrier b) {
    try {
      b.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
