package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.Distributions;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** A recorder of its own per test: shared striped counts, exact figures, memory free of threads. */
class RecorderTest {
  private static final long[] PHASE_NANOS = {1_000, 20_000, 300_000, 4_000_000};
  private static final boolean[] HELD = {true, false, false, true};
  private static final long TOTAL_NANOS = 5_000_000;

  @Test
  void snapshotsTakenWhileThreadsShareStripesCountEveryCallOnce() throws Exception {
    Recorder recorder = new Recorder(2);
    int op = OperationRegistry.idOf("recorder-concurrent");
    int threads = 4; // two per stripe
    int perThread = 500_000;
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    AtomicInteger done = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                ThreadState s = new ThreadState(recorder);
                await(start);
                for (int i = 0; i < perThread; i++) {
                  s.recordCompleted(op, i, TOTAL_NANOS, PHASE_NANOS, HELD, 3, 1, false);
                }
                done.incrementAndGet();
              });
      w.start();
      workers.add(w);
    }
    await(start);
    long expected = (long) threads * perThread;
    long previous = 0;
    int snapshots = 0;
    while (done.get() < threads) {
      OperationSnapshot snap = find(recorder, "recorder-concurrent");
      long count = snap == null ? 0 : snap.count();
      assertTrue(count >= previous && count <= expected, previous + " then " + count);
      previous = count;
      snapshots++;
    }
    for (Thread w : workers) {
      w.join();
    }
    OperationSnapshot snap = find(recorder, "recorder-concurrent");
    assertEquals(expected, snap.count(), "after " + snapshots + " snapshots");
    assertEquals(expected * TOTAL_NANOS, snap.totalNanos().sumNanos());
    assertEquals(TOTAL_NANOS, snap.totalNanos().minNanos());
    assertEquals(TOTAL_NANOS, snap.totalNanos().maxNanos());
    assertEquals(expected * 3, snap.docs());
    for (Phase phase : Phase.values()) {
      PhaseSnapshot p = snap.phase(phase);
      long nanos = PHASE_NANOS[phase.ordinal()];
      assertEquals(expected, p.count(), phase.name());
      assertEquals(expected * nanos, p.nanos().sumNanos(), phase.name());
      assertEquals(nanos, p.nanos().minNanos(), phase.name());
      assertEquals(nanos, p.nanos().maxNanos(), phase.name());
      assertTrue(Math.abs(p.nanos().p99Nanos() - nanos) <= nanos / 100, phase.name());
    }
  }

  @Test
  void memoryFollowsOperationsNotThreads() throws Exception {
    Recorder few = new Recorder(2);
    Recorder many = new Recorder(2);
    int op = OperationRegistry.idOf("recorder-memory");
    recordOnThreads(few, op, 2);
    recordOnThreads(many, op, 64);
    assertEquals(few.footprintBytes(), many.footprintBytes());
    few.snapshot();
    many.snapshot();
    assertEquals(few.footprintBytes(), many.footprintBytes(), "after a report");
    assertEquals(64, find(many, "recorder-memory").count(), "ended threads keep their figures");
  }

  @Test
  void snapshotCarriesTheDistributionsBehindThePercentiles() {
    Recorder recorder = new Recorder(1);
    int op = OperationRegistry.idOf("recorder-distributions");
    ThreadState s = new ThreadState(recorder);
    for (int i = 0; i < 10; i++) {
      s.recordCompleted(op, i, TOTAL_NANOS, PHASE_NANOS, HELD, 1, 0, false);
    }
    Distributions first = recorder.snapshot().distributions();
    for (int i = 0; i < 5; i++) {
      s.recordCompleted(op, i, TOTAL_NANOS, PHASE_NANOS, HELD, 1, 0, false);
    }
    RecorderSnapshot second = recorder.snapshot();
    Histogram convert = second.distributions().phase("recorder-distributions", Phase.CONVERT);
    assertNotNull(convert);
    assertEquals(15, convert.getTotalCount());
    assertEquals(
        5,
        second
            .distributions()
            .intervalSince(first, "recorder-distributions", Phase.CONVERT)
            .getTotalCount());
    assertEquals(15, second.distributions().operation("recorder-distributions").getTotalCount());
    convert.reset();
    assertEquals(
        15,
        second.distributions().phase("recorder-distributions", Phase.CONVERT).getTotalCount(),
        "a caller's copy cannot change the snapshot");
  }

  @Test
  void resetForgetsEverythingOfItsOwnRecorderOnly() {
    Recorder mine = new Recorder(1);
    Recorder other = new Recorder(1);
    int op = OperationRegistry.idOf("recorder-reset");
    new ThreadState(mine).recordCompleted(op, 0, TOTAL_NANOS, PHASE_NANOS, HELD, 1, 0, false);
    new ThreadState(other).recordCompleted(op, 0, TOTAL_NANOS, PHASE_NANOS, HELD, 1, 0, false);
    mine.reset();
    assertEquals(null, find(mine, "recorder-reset"));
    assertEquals(1, find(other, "recorder-reset").count());
  }

  @Test
  void stripeCountMustBeASmallPowerOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> new Recorder(3));
    assertThrows(IllegalArgumentException.class, () -> new Recorder(16));
    assertEquals(8, new Recorder(8).stripeCount());
    int stripes = Recorder.runtime().stripeCount();
    assertTrue(stripes >= 1 && stripes <= 8 && Integer.bitCount(stripes) == 1, "" + stripes);
  }

  private static void recordOnThreads(Recorder recorder, int op, int threads) throws Exception {
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () ->
                  new ThreadState(recorder)
                      .recordCompleted(op, 0, TOTAL_NANOS, PHASE_NANOS, HELD, 1, 0, false));
      w.start();
      w.join();
    }
  }

  private static OperationSnapshot find(Recorder recorder, String name) {
    for (OperationSnapshot op : recorder.snapshot().operations()) {
      if (op.name().equals(name)) {
        return op;
      }
    }
    return null;
  }

  private static void await(CyclicBarrier b) {
    try {
      b.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
