package dev.boundarytracer.parallel;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.ForkJoinTask;
import org.junit.jupiter.api.Test;

class ForkJoinTaskContextsTest {

  private static ForkJoinTask<?> task() {
    return ForkJoinTask.adapt(() -> {});
  }

  @Test
  void taskIsTakenOutOnce() {
    ForkJoinTask<?> task = task();
    PhaseWork work = new PhaseWork(0, 0);
    ForkJoinTaskContexts.associate(task, work);
    assertSame(work, ForkJoinTaskContexts.take(task));
    assertNull(ForkJoinTaskContexts.take(task));
  }

  @Test
  void unknownTaskHasNoPhaseCall() {
    assertNull(ForkJoinTaskContexts.take(task()));
  }

  @Test
  void reassociatingATaskReplacesItsPhaseCall() {
    ForkJoinTask<?> task = task();
    PhaseWork first = new PhaseWork(0, 0);
    PhaseWork second = new PhaseWork(0, 0);
    ForkJoinTaskContexts.associate(task, first);
    ForkJoinTaskContexts.associate(task, second);
    assertSame(second, ForkJoinTaskContexts.take(task));
    assertNull(ForkJoinTaskContexts.take(task));
  }

  @Test
  void manyPendingTasksAreAllFound() {
    ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[500];
    PhaseWork work = new PhaseWork(0, 0);
    for (int i = 0; i < tasks.length; i++) {
      tasks[i] = task();
      ForkJoinTaskContexts.associate(tasks[i], work);
    }
    for (ForkJoinTask<?> t : tasks) {
      assertSame(work, ForkJoinTaskContexts.take(t));
    }
  }
}
