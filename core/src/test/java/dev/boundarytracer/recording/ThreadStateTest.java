package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Drives {@link ThreadState} the way woven advice does and checks what the recorder sees. */
class ThreadStateTest {
  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private static String unique(String name) {
    return name + "-" + UNIQUE.incrementAndGet();
  }

  private static int phaseMethod(String fallbackOperation, Phase phase, LockUse lock) {
    return MethodRegistry.register(
        new MethodSpec(
            OperationRegistry.idOf(fallbackOperation),
            phase,
            lock.resolve(phase),
            "Test#" + phase));
  }

  static OperationSnapshot find(String name) {
    for (OperationSnapshot op : Recorder.runtime().snapshot().operations()) {
      if (op.name().equals(name)) {
        return op;
      }
    }
    return null;
  }

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  @Test
  void countsALockReleasePerTransitionIntoAReleasedPhaseNotPerCall() {
    String op = unique("encode_each");
    int opId = OperationRegistry.idOf(op);
    int extract = phaseMethod("unused", Phase.EXTRACT, LockUse.DEFAULT);
    int convert = phaseMethod("unused", Phase.CONVERT, LockUse.DEFAULT);
    int network = phaseMethod("unused", Phase.NETWORK, LockUse.DEFAULT);
    ThreadState s = ThreadState.current();
    for (int i = 0; i < 4; i++) {
      s.enterOperation(opId, 10);
      s.enterPhase(extract, -1);
      s.exitPhase(false);
      for (int doc = 0; doc < 10; doc++) {
        s.enterPhase(convert, -1);
        s.exitPhase(false);
      }
      s.enterPhase(network, -1);
      s.exitPhase(false);
      s.exitOperation(false);
    }
    OperationSnapshot snap = find(op);
    assertEquals(2.0, snap.lockReleasesPerOperation(), "ten convert calls in a row, then network");
    PhaseSnapshot c = snap.phase(Phase.CONVERT);
    assertEquals(40, c.count());
    assertEquals(4, c.perOperation().operations());
    assertEquals(c.nanos().sumNanos(), c.perOperation().sumNanos(), "per-operation totals add up");
  }

  @Test
  void fitsPhaseCostPerOperationCallAgainstItsDocuments() {
    String op = unique("sized");
    int opId = OperationRegistry.idOf(op);
    int convert = phaseMethod("unused", Phase.CONVERT, LockUse.DEFAULT);
    ThreadState s = ThreadState.current();
    for (int docs = 100; docs <= 1000; docs += 100) {
      s.enterOperation(opId, docs);
      s.enterPhase(convert, -1);
      spin(20_000L * docs / 100);
      s.exitPhase(false);
      s.exitOperation(false);
    }
    dev.boundarytracer.snapshot.CostFit fit = find(op).phase(Phase.CONVERT).costFit();
    assertEquals(10, fit.calls());
    assertEquals(100, fit.minDocs());
    assertEquals(1000, fit.maxDocs());
    assertTrue(fit.perDocNanos() > 0, fit.toString());
  }

  @Test
  void recordsPhasesUnderTheInnermostOperationWithDeclaredLockUse() {
    String op = unique("insert_many");
    int opId = OperationRegistry.idOf(op);
    int extract = phaseMethod("unused", Phase.EXTRACT, LockUse.DEFAULT);
    int convert = phaseMethod("unused", Phase.CONVERT, LockUse.DEFAULT);
    ThreadState s = ThreadState.current();
    for (int i = 0; i < 3; i++) {
      s.enterOperation(opId, 100);
      s.enterPhase(extract, -1);
      spin(200_000);
      s.exitPhase(false);
      s.enterPhase(convert, 250);
      spin(100_000);
      s.exitPhase(false);
      s.setParallel(i > 0);
      s.exitOperation(false);
    }
    OperationSnapshot snap = find(op);
    assertNotNull(snap);
    assertEquals(3, snap.count());
    assertEquals(750, snap.docs(), "the largest @DocCount value seen in an operation wins");
    assertEquals(3, snap.lockReleases(), "one release per entry into a released phase");
    assertEquals(2, snap.parallelCount());
    PhaseSnapshot ex = snap.phase(Phase.EXTRACT);
    assertEquals(LockUse.HELD, ex.lock());
    assertEquals(LockUse.RELEASED, snap.phase(Phase.CONVERT).lock());
    assertEquals(ex.nanos().sumNanos(), snap.lockHeldNanos(), "held time is the held phases' time");
    assertTrue(ex.nanos().meanNanos() >= 200_000);
    assertTrue(
        snap.totalNanos().sumNanos()
            >= ex.nanos().sumNanos() + snap.phase(Phase.CONVERT).nanos().sumNanos());
    assertEquals(
        (double) ex.nanos().sumNanos() / snap.totalNanos().sumNanos(), snap.lockHeldRatio(), 1e-12);
  }

  @Test
  void nestedOperationIsRecordedOnItsOwnAndParentTotalIncludesIt() {
    String outer = unique("outer");
    String inner = unique("inner");
    int materialize = phaseMethod("unused", Phase.MATERIALIZE, LockUse.DEFAULT);
    ThreadState s = ThreadState.current();
    s.enterOperation(OperationRegistry.idOf(outer), -1);
    spin(100_000);
    s.enterOperation(OperationRegistry.idOf(inner), -1);
    s.enterPhase(materialize, -1);
    spin(300_000);
    s.exitPhase(false);
    s.exitOperation(false);
    s.exitOperation(false);
    OperationSnapshot o = find(outer);
    OperationSnapshot i = find(inner);
    assertEquals(1, o.count());
    assertEquals(1, i.count());
    assertNull(o.phase(Phase.MATERIALIZE), "a phase belongs to the innermost operation only");
    assertEquals(1, i.phase(Phase.MATERIALIZE).count());
    assertTrue(o.totalNanos().sumNanos() >= i.totalNanos().sumNanos() + 100_000);
  }

  @Test
  void phaseOutsideAnyOperationIsRecordedUnderItsOwnOperationName() {
    String fallback = unique("Repo.save");
    int network = phaseMethod(fallback, Phase.NETWORK, LockUse.DEFAULT);
    ThreadState s = ThreadState.current();
    s.enterPhase(network, -1);
    s.exitPhase(false);
    OperationSnapshot snap = find(fallback);
    assertEquals(0, snap.count());
    assertEquals(1, snap.phase(Phase.NETWORK).count());
  }

  @Test
  void countsFailedCallsAsErrors() {
    String op = unique("update_many");
    int convert = phaseMethod("unused", Phase.CONVERT, LockUse.HELD);
    ThreadState s = ThreadState.current();
    s.enterOperation(OperationRegistry.idOf(op), -1);
    s.enterPhase(convert, -1);
    s.exitPhase(true);
    s.exitOperation(true);
    OperationSnapshot snap = find(op);
    assertEquals(1, snap.errors());
    assertEquals(1, snap.phase(Phase.CONVERT).errors());
    assertEquals(
        LockUse.HELD, snap.phase(Phase.CONVERT).lock(), "lock = HELD overrides the default");
  }

  @Test
  void unbalancedExitIsIgnored() {
    ThreadState s = ThreadState.current();
    s.exitOperation(false);
    s.exitPhase(false);
  }

  @Test
  void resetForgetsWhatWasRecordedAndRecordingGoesOn() {
    String op = unique("reset");
    int opId = OperationRegistry.idOf(op);
    ThreadState s = ThreadState.current();
    for (int i = 0; i < 5; i++) {
      s.enterOperation(opId, 10);
      s.exitOperation(false);
    }
    assertEquals(5, find(op).count());
    Recorder.runtime().reset();
    assertNull(find(op), "nothing recorded since the reset");
    s.enterOperation(opId, 7);
    s.exitOperation(true);
    OperationSnapshot after = find(op);
    assertEquals(1, after.count());
    assertEquals(7, after.docs());
    assertEquals(1, after.errors());
    assertEquals(1, after.totalNanos().count());
  }

  @Test
  void recordsAConstructorCallWholeAtItsEndFromItsStartTime() {
    String op = unique("construct");
    int opId = OperationRegistry.idOf(op);
    String outer = unique("outer");
    int convert = phaseMethod("unused", Phase.CONVERT, LockUse.DEFAULT);
    ThreadState s = ThreadState.current();
    long start = System.nanoTime();
    spin(300_000);
    s.completeOperation(opId, start);
    s.enterOperation(OperationRegistry.idOf(outer), -1);
    long phaseStart = System.nanoTime();
    spin(300_000);
    s.completePhase(convert, phaseStart);
    s.exitOperation(false);

    OperationSnapshot constructed = find(op);
    assertNotNull(constructed);
    assertEquals(1, constructed.count());
    assertTrue(constructed.totalNanos().minNanos() >= 300_000, constructed.toString());
    OperationSnapshot enclosing = find(outer);
    assertEquals(1, enclosing.phase(Phase.CONVERT).count(), "the phase belongs to the operation");
    assertTrue(enclosing.phase(Phase.CONVERT).nanos().minNanos() >= 300_000);
    assertEquals(1, enclosing.lockReleases(), "a released phase constructor counts one release");
  }
}
