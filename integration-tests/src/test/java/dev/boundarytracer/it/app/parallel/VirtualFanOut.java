package dev.boundarytracer.it.app.parallel;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * On Java 21+, an operation whose convert phase hands work items to virtual threads ({@code
 * Executors.newVirtualThreadPerTaskExecutor()}, reached reflectively so this compiles on 17). Does
 * nothing on older Javas.
 */
final class VirtualFanOut {
  private static final int ITEMS = 4;

  private final GroundTruth truth;
  private final ExecutorService executor;

  private VirtualFanOut(GroundTruth truth, ExecutorService executor) {
    this.truth = truth;
    this.executor = executor;
  }

  static void runIfAvailable(GroundTruth truth, List<Integer> docs, int calls) throws Exception {
    Method factory;
    try {
      factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (NoSuchMethodException olderJava) {
      return;
    }
    ExecutorService executor = (ExecutorService) factory.invoke(null);
    try {
      VirtualFanOut fanOut = new VirtualFanOut(truth, executor);
      for (int i = 0; i < calls; i++) {
        fanOut.virtualFanOut(docs);
      }
    } finally {
      executor.shutdown();
    }
  }

  @BoundaryOperation("virtual_fanout")
  void virtualFanOut(@DocCount List<Integer> docs) throws Exception {
    convertOnVirtualThreads(docs);
  }

  @BoundaryPhase(Phase.CONVERT)
  private void convertOnVirtualThreads(List<Integer> docs) throws Exception {
    GroundTruth.Call call = new GroundTruth.Call();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      futures.add(executor.submit(() -> call.item(FanOut.ITEM_NANOS)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    truth.add("virtual_fanout", call);
  }
}
