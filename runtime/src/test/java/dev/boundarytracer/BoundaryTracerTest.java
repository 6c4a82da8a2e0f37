package dev.boundarytracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundaryTracerTest {

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  @Test
  void finishReturnsTimingInTheOneOperationShapeAndRecordsItProcessWide() {
    String name = "tracer-" + System.nanoTime();
    BoundaryTracer t = new BoundaryTracer(name);
    t.startExtract();
    spin(200_000);
    t.endExtract();
    t.startConvert();
    t.recordLockRelease();
    spin(400_000);
    t.endConvert();
    t.startNetwork();
    t.recordLockRelease();
    t.endNetwork();
    t.startMaterialize();
    t.endMaterialize();
    t.setDocCount(1000);
    t.setParallel(true);
    OperationTiming timing = t.finish();

    String text = timing.format();
    assertTrue(text.startsWith(name + " (1000 docs, "), text);
    assertTrue(text.contains("µs/doc):\n  Extract: "), text);
    assertTrue(text.contains("(lock released, parallel)"), text);
    assertTrue(text.contains("  Materialize: "), text);
    assertTrue(
        text.matches(
            "(?s).*Total: \\d+ µs \\(lock held \\d+\\.\\d %, at most \\d+\\.\\dx from more threads\\)"),
        text);
    assertTrue(timing.nanos(Phase.EXTRACT) >= 200_000);
    double held = timing.nanos(Phase.EXTRACT) + timing.nanos(Phase.MATERIALIZE);
    assertEquals(held / timing.totalNanos(), timing.lockHeldRatio(), 1e-12);

    OperationMetrics snap =
        BoundaryMetrics.operations().stream()
            .filter(o -> o.name().equals(name))
            .findFirst()
            .orElseThrow();
    assertEquals(1, snap.count());
    assertEquals(1000, snap.docs());
    assertEquals(2, snap.lockReleases());
    assertEquals(1, snap.parallelCount());
    assertEquals(4, snap.phases().size());
    assertEquals(timing.nanos(Phase.CONVERT), snap.phase(Phase.CONVERT).nanos().sumNanos());
  }

  @Test
  void misuseGetsClearErrors() {
    assertThrows(IllegalArgumentException.class, () -> new BoundaryTracer(" "));
    BoundaryTracer t = new BoundaryTracer("misuse-" + System.nanoTime());
    assertThrows(IllegalStateException.class, t::endConvert);
    t.startConvert();
    assertThrows(IllegalStateException.class, t::startConvert);
    assertThrows(IllegalStateException.class, t::finish);
    t.endConvert();
    assertThrows(IllegalArgumentException.class, () -> t.setDocCount(-1));
    t.finish();
    assertThrows(IllegalStateException.class, t::finish);
  }

  @Test
  void metricsSnapshotHasTheDocumentedKeys() {
    assertEquals(
        java.util.List.of(
            "operation_count",
            "doc_count",
            "lock_release_count",
            "avg_extract_us",
            "avg_convert_us",
            "avg_network_us",
            "avg_materialize_us",
            "avg_total_us",
            "lock_held_ratio"),
        java.util.List.copyOf(BoundaryMetrics.snapshot().keySet()));
  }

  @Test
  void timingIsImmutable() {
    BoundaryTracer t = new BoundaryTracer("immutable-" + System.nanoTime());
    t.startNetwork();
    t.endNetwork();
    OperationTiming timing = t.finish();
    long network = timing.nanos(Phase.NETWORK);
    timing.phaseNanos()[Phase.NETWORK.ordinal()] = -42;
    timing.phaseLock()[Phase.NETWORK.ordinal()] = LockUse.HELD;
    assertEquals(network, timing.nanos(Phase.NETWORK));
    assertEquals(LockUse.RELEASED, timing.phaseLock()[Phase.NETWORK.ordinal()]);
    assertEquals(-1, timing.nanos(Phase.EXTRACT), "a phase that never ran");
  }

  @Test
  void metricsAggregateOverOperationsAndCallsOfEveryPhase() {
    BoundaryMetrics.reset();
    for (int i = 0; i < 2; i++) {
      BoundaryTracer t = new BoundaryTracer("metrics-" + i);
      t.startExtract();
      t.endExtract();
      t.startConvert();
      t.recordLockRelease();
      t.endConvert();
      t.startNetwork();
      t.endNetwork();
      t.startMaterialize();
      t.endMaterialize();
      t.setDocCount(10 + i);
      t.finish();
    }
    assertEquals(2, BoundaryMetrics.operationCount());
    assertEquals(21, BoundaryMetrics.docCount());
    assertEquals(2, BoundaryMetrics.lockReleaseCount());
    java.util.List<OperationMetrics> ops = BoundaryMetrics.operations();
    for (Phase p : Phase.values()) {
      long sum = ops.stream().mapToLong(o -> o.phase(p).nanos().sumNanos()).sum();
      double expectedMicros = sum / 1e3 / 2;
      double actual =
          switch (p) {
            case EXTRACT -> BoundaryMetrics.avgExtractMicros();
            case CONVERT -> BoundaryMetrics.avgConvertMicros();
            case NETWORK -> BoundaryMetrics.avgNetworkMicros();
            case MATERIALIZE -> BoundaryMetrics.avgMaterializeMicros();
          };
      assertEquals(expectedMicros, actual, 1e-9, p.name());
      assertEquals(
          expectedMicros,
          BoundaryMetrics.snapshot()
              .get("avg_" + p.name().toLowerCase(java.util.Locale.ROOT) + "_us"),
          1e-9);
    }
  }
}
