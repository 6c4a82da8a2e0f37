package dev.boundarytracer.it.app.parallel;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the application itself observed of each phase call's work: the distinct threads its work
 * items ran on and the CPU time they spun, summed over calls per operation. Written as a properties
 * file ({@code <operation>.calls}, {@code .threadsSum}, {@code .threadsMax}, {@code .items}, {@code
 * .cpuNanos}) for the test to compare with the agent's report.
 */
final class GroundTruth {
  private final Map<String, long[]> byOperation = new TreeMap<>();

  /** The work items of one phase call. Thread-safe. */
  static final class Call {
    final Set<Long> threads = ConcurrentHashMap.newKeySet();
    final AtomicLong cpuNanos = new AtomicLong();
    final AtomicLong items = new AtomicLong();

    /** One work item: spins and notes the thread. */
    long item(long spinNanos) {
      threads.add(Thread.currentThread().getId());
      items.incrementAndGet();
      long used = BusySpin.spin(spinNanos);
      if (used > 0) {
        cpuNanos.addAndGet(used);
      }
      return used;
    }
  }

  synchronized void add(String operation, Call call) {
    long[] v = byOperation.computeIfAbsent(operation, k -> new long[5]);
    v[0]++;
    v[1] += call.threads.size();
    v[2] = Math.max(v[2], call.threads.size());
    v[3] += call.items.get();
    v[4] += call.cpuNanos.get();
  }

  synchronized void write(Path file) throws IOException {
    Properties p = new Properties();
    byOperation.forEach(
        (op, v) -> {
          p.setProperty(op + ".calls", Long.toString(v[0]));
          p.setProperty(op + ".threadsSum", Long.toString(v[1]));
          p.setProperty(op + ".threadsMax", Long.toString(v[2]));
          p.setProperty(op + ".items", Long.toString(v[3]));
          p.setProperty(op + ".cpuNanos", Long.toString(v[4]));
        });
    try (Writer w = Files.newBufferedWriter(file)) {
      p.store(w, "ground truth of ParallelMain");
    }
  }
}
