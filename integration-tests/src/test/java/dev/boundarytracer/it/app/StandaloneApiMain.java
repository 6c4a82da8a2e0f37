package dev.boundarytracer.it.app;

import dev.boundarytracer.BoundaryMetrics;
import dev.boundarytracer.BoundaryTracer;
import dev.boundarytracer.OperationTiming;
import java.util.List;

/**
 * Uses the API as the README describes for code without the agent: annotated methods run plain,
 * {@code BoundaryTracer} times operations by hand and {@code BoundaryMetrics} sums them. Prints the
 * last operation's report, then {@code operationCount=}, {@code docCount=}, {@code
 * lockReleaseCount=} and {@code operations=} (the names {@code BoundaryMetrics.operations()}
 * lists).
 */
public final class StandaloneApiMain {
  public static final int OPERATIONS = 4;
  public static final int DOCS = 10;

  private StandaloneApiMain() {}

  public static void main(String[] args) {
    List<Order> batch = List.of(new Order(1, "a", 1), new Order(2, "b", 2));
    new OrderBridge().store(batch);
    OperationTiming last = null;
    for (int i = 0; i < OPERATIONS; i++) {
      BoundaryTracer t = new BoundaryTracer("by_hand");
      t.startExtract();
      t.endExtract();
      t.startConvert();
      t.recordLockRelease();
      t.endConvert();
      t.setDocCount(DOCS);
      last = t.finish();
    }
    System.out.println(last.format());
    System.out.println("operationCount=" + BoundaryMetrics.operationCount());
    System.out.println("docCount=" + BoundaryMetrics.docCount());
    System.out.println("lockReleaseCount=" + BoundaryMetrics.lockReleaseCount());
    System.out.println(
        "operations=" + BoundaryMetrics.operations().stream().map(o -> o.name()).toList());
  }
}
