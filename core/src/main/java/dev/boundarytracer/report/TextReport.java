package dev.boundarytracer.report;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import dev.boundarytracer.snapshot.JvmSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.util.List;
import java.util.Objects;

/**
 * The human-readable report printed when the JVM exits: a per-operation layout (phase times and
 * lock use, total with the lock-held share) plus percentiles, throughput, allocation, an Amdahl
 * ceiling and the red flags with what to do about them.
 *
 * <p>Shape (durations in µs; mean, then p50, p99 and max):
 *
 * <pre>
 * boundary-tracer report (1 operation name, 2400 operation calls, uptime 12.4 s, cpu 20.1 s, heap peak 210 MiB, rss peak 340 MiB)
 *
 * insert_many (1000 docs/op, 8.32 µs/doc, 2400 calls, 120.5 calls/s, 120500 docs/s):
 *   Extract:      823 µs  p50  790  p99 1210  max  3100  (lock held)
 *   Convert:     4521 µs  p50 4400  p99 6020  max  9000  (lock released, parallel: 4 threads, 3.1x (2400/2400 calls))
 *   ...
 *   Total:       8322 µs  p50 8100  p99 9900  max 14000  (lock held 20.4 %, at most 4.9x from more threads)
 *   Errors: 0   Allocated: 1.2 MiB/op (max 1.5 MiB)
 *   Parallel: 1.7x task CPU over wall time, up to 4 threads, 9600 tasks
 *   Red flags: none
 * </pre>
 *
 * <p>The header counts operation names and their calls over all names; each operation's line counts
 * its own calls, and "/op" means per call of that operation.
 *
 * <p>Reads an immutable snapshot only; stateless and thread-safe. Lines end with {@code \n}.
 */
public final class TextReport {

  private static final String INDENT = "  ";

  private TextReport() {}

  /**
   * Renders the report.
   *
   * @param s the snapshot, not null; operations appear in its order
   * @return the report, ending with a newline; for a snapshot without operations the header and
   *     {@code no operations recorded}; then, when there are any, the pointcuts that matched no
   *     method
   * @throws NullPointerException when {@code s} is null
   */
  public static String render(ProfileSnapshot s) {
    Objects.requireNonNull(s, "s");
    StringBuilder out = new StringBuilder(1024);
    out.append(header(s)).append("\n\n");
    if (s.operations().isEmpty()) {
      out.append("no operations recorded\n");
    }
    boolean first = true;
    for (OperationSnapshot op : s.operations()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      appendOperation(out, op);
      LockText.appendUndesignatedNote(out, op, s.undesignatedLocks());
    }
    LockText.appendLocks(out, s.locks());
    LockText.appendUndesignated(out, s.undesignatedLocks());
    appendUnmatchedPointcuts(out, s.unmatchedPointcuts());
    String note = InstrumentationNote.of(s);
    if (note != null) {
      out.append('\n').append(note).append('\n');
    }
    return out.toString();
  }

  private static String header(ProfileSnapshot s) {
    JvmSnapshot jvm = s.jvm();
    StringBuilder h = new StringBuilder("boundary-tracer report (");
    h.append(Units.plural(s.operations().size(), "operation name"));
    long calls = 0;
    for (OperationSnapshot op : s.operations()) {
      calls += op.count();
    }
    h.append(", ").append(Units.plural(calls, "operation call"));
    if (jvm != null) {
      h.append(", uptime ").append(Units.seconds(jvm.uptimeMillis() / 1000.0));
      h.append(", cpu ").append(Units.seconds(jvm.cpuSeconds()));
      h.append(", heap peak ").append(Units.bytes(jvm.heapUsedPeakBytes()));
      if (jvm.rssPeakBytes() >= 0) {
        h.append(", rss peak ").append(Units.bytes(jvm.rssPeakBytes()));
      }
      if (jvm.suppressedErrors() != 0) {
        h.append(", ").append(jvm.suppressedErrors()).append(" agent errors suppressed");
      }
    }
    return h.append(')').toString();
  }

  private static void appendOperation(StringBuilder out, OperationSnapshot op) {
    if (op.count() == 0) {
      appendPhasesOnly(out, op);
      return;
    }
    out.append(op.name()).append(" (");
    if (op.docs() > 0) {
      out.append(Units.count(op.docsPerOperation())).append(" docs/op, ");
      out.append(Units.format("%.2f", op.perDocNanos() / 1000.0)).append(" µs/doc, ");
    }
    out.append(Units.plural(op.count(), "call"));
    out.append(", ").append(Units.format("%.1f", op.opsPerSecond())).append(" calls/s");
    if (op.docs() > 0) {
      out.append(", ").append(Units.format("%.0f", op.docsPerSecond())).append(" docs/s");
    }
    out.append("):\n");

    TimingTable table = new TimingTable();
    for (PhaseSnapshot phase : op.phases()) {
      table.add(phase.phase().label(), phase.nanos(), phaseNote(op, phase));
    }
    table.add("Total", op.totalNanos(), lockNote(op));
    table.appendTo(out, INDENT);

    out.append(INDENT).append("Errors: ").append(op.errors());
    out.append("   Allocated: ");
    if (op.allocationMeasured()) {
      out.append(Units.bytes(op.allocatedBytesMean())).append("/op");
      out.append(" (max ").append(Units.bytes(op.allocatedBytesMax()));
      if (op.allocationUnmeasuredCalls() > 0) {
        out.append("; ").append(op.allocationUnmeasuredCalls()).append(" calls unmeasured");
      }
      out.append(")\n");
    } else {
      out.append("n/a (").append(Units.ALLOCATION_UNMEASURED).append(")\n");
    }
    appendParallelism(out, op);
    LockText.appendOperation(out, op);
    appendBatchAdvice(out, op);
    appendFlags(out, op);
  }

  /** Phases that ran outside any operation and were recorded under this name. */
  private static void appendPhasesOnly(StringBuilder out, OperationSnapshot op) {
    out.append(op.name()).append(" (phases called outside any operation):\n");
    TimingTable table = new TimingTable();
    for (PhaseSnapshot phase : op.phases()) {
      table.add(phase.phase().label(), phase.nanos(), phaseNote(op, phase));
    }
    table.appendTo(out, INDENT);
  }

  private static String phaseNote(OperationSnapshot op, PhaseSnapshot phase) {
    StringBuilder note = new StringBuilder();
    note.append(phase.lock() == LockUse.RELEASED ? "lock released" : "lock held");
    if (phase.parallelism().measured()) {
      note.append(", ").append(measuredParallelNote(phase));
    } else if (phase.phase() == Phase.CONVERT && op.count() > 0) {
      note.append(", parallel ").append(op.parallelCount()).append('/').append(op.count());
    }
    note.append(LockText.phaseSuffix(phase));
    note.append(BatchAdvice.perOperationNote(op, phase));
    if (phase.errors() > 0) {
      note.append(", ").append(Units.plural(phase.errors(), "error"));
    }
    return note.toString();
  }

  /**
   * E.g. {@code parallel: 4 threads, 3.1x (40/40 calls)}: mean distinct threads per call that
   * handed work off, task CPU time over the phase's wall time, calls on two or more threads.
   */
  private static String measuredParallelNote(PhaseSnapshot phase) {
    Parallelism p = phase.parallelism();
    StringBuilder note = new StringBuilder("parallel: ");
    note.append(threads(p.threadsMean())).append(p.threadsMean() == 1.0 ? " thread" : " threads");
    if (p.tasksWithoutCpu() < p.tasks()) {
      note.append(Units.format(", %.1fx", phase.taskCpuToWallRatio()));
    } else {
      note.append(Units.format(", %.1fx busy", p.busyToWallRatio(phase.nanos().sumNanos())));
    }
    note.append(" (").append(p.parallelCalls()).append('/').append(phase.count()).append(" calls)");
    return note.toString();
  }

  /** E.g. {@code Parallel: 3.1x task CPU over wall time, up to 4 threads, 1200 tasks}. */
  private static void appendParallelism(StringBuilder out, OperationSnapshot op) {
    Parallelism p = op.parallelism();
    if (!p.measured()) {
      return;
    }
    out.append(INDENT).append("Parallel: ");
    out.append(Units.format("%.1fx task CPU over wall time", op.taskCpuToWallRatio()));
    out.append(", up to ").append(Units.plural(p.threadsMax(), "thread"));
    out.append(", ").append(Units.plural(p.tasks(), "task")).append('\n');
  }

  private static String threads(double mean) {
    return mean == Math.rint(mean) ? Long.toString((long) mean) : Units.format("%.1f", mean);
  }

  private static String lockNote(OperationSnapshot op) {
    double ratio = op.lockHeldRatio();
    String held = Units.format("lock held %.1f %%", ratio * 100.0);
    if (ratio == 0.0) {
      return held + ", no lock ceiling";
    }
    return held + Units.format(", at most %.1fx from more threads", op.amdahlCeiling());
  }

  /** One line per phase whose calls had different document counts; nothing when none. */
  private static void appendBatchAdvice(StringBuilder out, OperationSnapshot op) {
    for (PhaseSnapshot phase : op.phases()) {
      String line = BatchAdvice.fitLine(phase, op.docsPerOperation());
      if (line != null) {
        out.append(INDENT).append("Batch size: ").append(line).append('\n');
      }
    }
  }

  private static void appendFlags(StringBuilder out, OperationSnapshot op) {
    if (op.redFlags().isEmpty()) {
      out.append(INDENT).append("Red flags: none\n");
      return;
    }
    out.append(INDENT).append("Red flags:\n");
    for (RedFlag flag : op.redFlags()) {
      out.append(INDENT).append(INDENT);
      out.append(flag.severity()).append(' ').append(flag.id()).append(": ");
      out.append(flag.message()).append('\n');
      out.append(INDENT).append(INDENT).append(INDENT).append("-> ");
      out.append(flag.recommendation()).append('\n');
    }
  }

  /** One line per pointcut that matched no method, after the operations; nothing when none. */
  private static void appendUnmatchedPointcuts(StringBuilder out, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return;
    }
    out.append("\nPointcuts that matched no method:\n");
    for (String pointcut : unmatched) {
      out.append("  ").append(pointcut).append('\n');
    }
  }
}
