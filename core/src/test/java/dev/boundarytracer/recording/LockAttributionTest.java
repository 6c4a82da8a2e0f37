package dev.boundarytracer.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.internal.LockSites;
import dev.boundarytracer.locks.LockRegistry;
import dev.boundarytracer.snapshot.LockSource;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Measured lock figures per operation and phase, driven through {@link LockSites} as woven code
 * does. Phases and operations difference the thread's cumulative held time at their own entry and
 * exit timestamps, so a hold spanning a boundary is split exactly there.
 */
class LockAttributionTest {
  private static int phaseMethod(Phase phase, LockUse lock) {
    return MethodRegistry.register(
        new MethodSpec(OperationRegistry.idOf("unused"), phase, lock.resolve(phase), "T#m"));
  }

  @AfterEach
  void forgetDesignations() {
    LockRegistry.forgetAll();
  }

  @Test
  void aHoldSpanningThePhaseCountsExactlyThePhasesTime() {
    ReentrantLock lock = new ReentrantLock();
    LockRegistry.designate(lock, "attribution-span");
    String name = "attribution-span-op";
    int opId = OperationRegistry.idOf(name);
    int convert = phaseMethod(Phase.CONVERT, LockUse.RELEASED);
    ThreadState s = ThreadState.current();
    for (int i = 0; i < 3; i++) {
      s.enterOperation(opId, 10);
      LockSites.lock(lock);
      s.enterPhase(convert, -1);
      s.exitPhase(false);
      LockSites.unlock(lock);
      s.exitOperation(false);
    }
    OperationSnapshot op = ThreadStateTest.find(name);
    PhaseSnapshot phase = op.phase(Phase.CONVERT);
    assertEquals(LockSource.MEASURED, op.locks().source());
    assertEquals(phase.nanos().sumNanos(), phase.locks().heldNanos(), "held throughout the phase");
    assertEquals(0, phase.locks().acquisitions(), "acquired before the phase");
    assertEquals(3, op.locks().acquisitions());
    assertEquals(3, op.lockReleases(), "measured releases replace the declared ones");
    assertTrue(op.lockHeldNanos() >= phase.locks().heldNanos());
    assertEquals(op.lockHeldNanos(), op.locks().heldNanos());
    assertEquals(1.0, phase.measuredHeldRatio(), 1e-12);
  }

  @Test
  void aPhaseThatNeverTakesTheLockHoldsNothing() {
    ReentrantLock lock = new ReentrantLock();
    LockRegistry.designate(lock, "attribution-none");
    String name = "attribution-none-op";
    int opId = OperationRegistry.idOf(name);
    int extract = phaseMethod(Phase.EXTRACT, LockUse.HELD);
    int network = phaseMethod(Phase.NETWORK, LockUse.RELEASED);
    ThreadState s = ThreadState.current();
    s.enterOperation(opId, 10);
    s.enterPhase(extract, -1);
    s.exitPhase(false);
    s.enterPhase(network, -1);
    LockSites.lock(lock);
    LockSites.unlock(lock);
    s.exitPhase(false);
    s.exitOperation(false);
    OperationSnapshot op = ThreadStateTest.find(name);
    assertEquals(0, op.phase(Phase.EXTRACT).locks().acquisitions());
    assertEquals(0, op.phase(Phase.EXTRACT).locks().heldNanos());
    assertEquals(1, op.phase(Phase.NETWORK).locks().acquisitions());
    assertEquals(1, op.phase(Phase.NETWORK).locks().releases());
    assertTrue(op.locks().declaredHeldNanos() > 0, "extract is declared HELD");
  }

  @Test
  void everyAcquiringCallCountsOnceAndAFailedTryLockNotAtAll() throws Exception {
    ReentrantLock lock = new ReentrantLock();
    LockRegistry.designate(lock, "attribution-calls");
    String name = "attribution-calls-op";
    int opId = OperationRegistry.idOf(name);
    ThreadState s = ThreadState.current();
    s.enterOperation(opId, 1);
    LockSites.lockInterruptibly(lock);
    LockSites.unlock(lock);
    assertTrue(LockSites.tryLock(lock, 1, java.util.concurrent.TimeUnit.SECONDS));
    LockSites.unlock(lock);
    assertTrue(LockSites.tryLock(lock));
    Thread other = new Thread(() -> assertTrue(!LockSites.tryLock(lock), "held elsewhere"));
    other.start();
    other.join();
    LockSites.unlock(lock);
    s.exitOperation(false);
    OperationSnapshot op = ThreadStateTest.find(name);
    assertEquals(3, op.locks().acquisitions());
    assertEquals(3, op.locks().releases());
  }
}
