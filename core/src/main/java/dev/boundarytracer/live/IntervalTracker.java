package dev.boundarytracer.live;

import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.Distributions;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * Turns successive snapshots into interval figures: keeps the previous snapshot's counters and
 * distributions (its own, so no other reader is disturbed) and the red flags already reported. Used
 * by one thread at a time.
 */
final class IntervalTracker {
  private final Map<String, long[]> previousCounts = new HashMap<>();
  private final Set<String> flagsSeen = new HashSet<>();
  private Distributions previousDistributions;
  private long previousNanos;
  private double previousCpuSeconds;

  /**
   * Starts the first interval now.
   *
   * @param nanoTime {@link System#nanoTime()} at the start
   * @param cpuSeconds the process's CPU time at the start
   */
  IntervalTracker(long nanoTime, double cpuSeconds) {
    this.previousNanos = nanoTime;
    this.previousCpuSeconds = cpuSeconds;
  }

  /**
   * The figures since the previous call (or the start), then starts the next interval.
   *
   * @param s the current snapshot, not null
   * @param nanoTime {@link System#nanoTime()} when it was taken
   * @param epochMillis wall-clock time when it was taken
   * @return the interval's figures
   */
  IntervalFigures next(ProfileSnapshot s, long nanoTime, long epochMillis) {
    double seconds = Math.max(1e-9, (nanoTime - previousNanos) / 1e9);
    double cpu = s.jvm().cpuSeconds();
    double cores = Math.max(0, cpu - previousCpuSeconds) / seconds;
    Distributions dist = s.distributions();
    List<IntervalFigures.Operation> ops = new ArrayList<>(s.operations().size());
    List<IntervalFigures.NewFlag> newFlags = new ArrayList<>();
    for (OperationSnapshot op : s.operations()) {
      long[] before = previousCounts.getOrDefault(op.name(), new long[6]);
      long[] now = {
        op.count(),
        op.docs(),
        op.errors(),
        op.lockHeldNanos(),
        op.totalNanos().sumNanos(),
        op.locks().waitNanos()
      };
      // A reset in between makes the counts go down: everything now is then new.
      boolean reset = now[0] < before[0];
      List<IntervalFigures.PhaseFigures> phases = new ArrayList<>();
      for (Phase phase : Phase.values()) {
        Histogram h = dist.intervalSince(previousDistributions, op.name(), phase);
        if (h != null && h.getTotalCount() > 0) {
          phases.add(
              new IntervalFigures.PhaseFigures(
                  phase,
                  h.getTotalCount(),
                  h.getValueAtPercentile(50),
                  h.getValueAtPercentile(99)));
        }
      }
      long[] delta = new long[now.length];
      for (int i = 0; i < now.length; i++) {
        delta[i] = reset ? now[i] : now[i] - before[i];
      }
      ops.add(
          new IntervalFigures.Operation(
              op.name(),
              delta[0],
              delta[1],
              delta[2],
              op.count(),
              heldRatio(delta[3], delta[4], op.locks().measured() ? delta[5] : 0),
              phases));
      previousCounts.put(op.name(), now);
      for (RedFlag f : op.redFlags()) {
        if (flagsSeen.add(op.name() + '\u0000' + f.id() + '\u0000' + f.phase())) {
          newFlags.add(new IntervalFigures.NewFlag(op.name(), f));
        }
      }
    }
    for (LockSnapshot lock : s.locks()) {
      for (RedFlag f : lock.redFlags()) {
        if (flagsSeen.add("lock\u0000" + lock.name() + '\u0000' + f.id())) {
          newFlags.add(new IntervalFigures.NewFlag(lock.name(), f));
        }
      }
    }
    previousDistributions = dist;
    previousNanos = nanoTime;
    previousCpuSeconds = cpu;
    return new IntervalFigures(
        epochMillis, seconds, cores, s.jvm().heapUsedEndBytes(), rssBytes(), ops, newFlags);
  }

  /**
   * The lock-held ratio of the calls that finished in the interval, as the report computes it over
   * the whole run: held time over working time (wall time minus lock wait when measured).
   */
  private static double heldRatio(long heldNanos, long wallNanos, long waitNanos) {
    long working = wallNanos - waitNanos;
    return working <= 0 ? 0.0 : Math.min(1.0, Math.max(0.0, (double) heldNanos / working));
  }

  /**
   * @return the current resident set size ({@code VmRSS} of Linux's /proc/self/status), or -1
   */
  static long rssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring("VmRSS:".length()).trim().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException unavailable) {
      return -1;
    }
    return -1;
  }
}
