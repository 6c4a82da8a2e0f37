package dev.boundarytracer.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.Parallelism;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskStackTest {
  private static final int OP = 7;

  @BeforeEach
  void clear() {
    ParallelTotals.reset();
  }

  @Test
  void nestedTaskPausesTheOuterSoNoStretchIsCountedTwice() {
    PhaseWork outer = new PhaseWork(OP, Phase.CONVERT.ordinal());
    PhaseWork inner = new PhaseWork(OP, Phase.NETWORK.ordinal());
    TaskStack stack = new TaskStack();
    long before = System.nanoTime();
    stack.begin(outer, 0);
    stack.begin(inner, 0);
    assertSame(inner, stack.current(0));
    stack.end();
    assertSame(outer, stack.current(0));
    stack.end();
    long span = System.nanoTime() - before;
    assertTrue(
        outer.wallNanos() + inner.wallNanos() <= span,
        outer.wallNanos() + " + " + inner.wallNanos() + " > " + span);
    assertEquals(1, outer.tasks());
    assertEquals(1, inner.tasks());
  }

  @Test
  void phaseEnteredInsideATaskTakesOverItsHandOffs() {
    PhaseWork work = new PhaseWork(OP, Phase.CONVERT.ordinal());
    TaskStack stack = new TaskStack();
    stack.begin(work, 1);
    assertSame(work, stack.current(1));
    assertEquals(null, stack.current(2));
    stack.end();
    assertEquals(null, stack.current(1));
  }

  @Test
  void callIsAddedOnceWhenClosedAndItsLastTaskEnded() {
    PhaseWork work = new PhaseWork(OP, Phase.CONVERT.ordinal());
    TaskStack stack = new TaskStack();
    stack.begin(work, 0);
    work.close();
    assertSame(Parallelism.NONE, ParallelTotals.of(OP, Phase.CONVERT), "task still running");
    stack.end();
    Parallelism p = ParallelTotals.of(OP, Phase.CONVERT);
    assertEquals(1, p.handOffCalls());
    assertEquals(1, p.tasks());
    assertEquals(1, p.threadsMax());
    assertEquals(0, p.parallelCalls(), "one thread is not parallel");
  }

  @Test
  void taskStartingAfterThePhaseReturnedIsNotCounted() {
    PhaseWork work = new PhaseWork(OP, Phase.CONVERT.ordinal());
    work.close();
    TaskStack stack = new TaskStack();
    stack.begin(work, 0);
    stack.end();
    Parallelism p = ParallelTotals.of(OP, Phase.CONVERT);
    assertEquals(1, p.handOffCalls());
    assertEquals(0, p.tasks());
  }

  @Test
  void tasksOnTwoThreadsMakeAParallelCall() throws Exception {
    PhaseWork work = new PhaseWork(OP, Phase.CONVERT.ordinal());
    TaskStack here = new TaskStack();
    here.begin(work, 0);
    Thread other =
        new Thread(
            () -> {
              TaskStack there = new TaskStack();
              there.begin(work, 0);
              there.end();
            });
    other.start();
    other.join();
    here.end();
    work.close();
    Parallelism p = ParallelTotals.of(OP, Phase.CONVERT);
    assertEquals(2, p.threadsMax());
    assertEquals(1, p.parallelCalls());
    assertEquals(2, p.tasks());
  }
}
