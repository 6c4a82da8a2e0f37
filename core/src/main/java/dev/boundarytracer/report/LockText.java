package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockHolder;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.UndesignatedLock;
import java.util.List;

/**
 * The measured-lock lines of {@link TextReport}:
 *
 * <pre>
 *   Extract:  ... (lock held, measured 97.1 % held, wait 0.21 ms/call)
 *   Lock (measured): held 31.2 % of working time (1.20 ms/op), wait 0.40 ms/op (9.1 % of wall),
 *       3.0 acquisitions/op, 2.0 releases/op
 *
 * Locks:
 *   GilLock.lock: utilization 63.2 % over 12.3 s, 2400 acquisitions by 4 threads
 *     hold p50 310 µs  p99 1200 µs  max 3100 µs;  wait p50 12 µs  p99 900 µs  max 2100 µs
 *     top holders: worker-1 #21 3100.00 ms (600), worker-2 #22 2900.00 ms (590)
 * </pre>
 */
final class LockText {
  private static final String INDENT = "  ";

  private LockText() {}

  /** Appended to a phase's note when measured, e.g. {@code , measured 97.1 % held}. */
  static String phaseSuffix(PhaseSnapshot phase) {
    LockUsage l = phase.locks();
    if (!l.measured()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    b.append(Units.format(", measured %.1f %% held", phase.measuredHeldRatio() * 100.0));
    if (l.waitNanos() > 0 && phase.count() > 0) {
      b.append(", wait ").append(ms((double) l.waitNanos() / phase.count())).append("/call");
    }
    return b.toString();
  }

  /** The operation's measured lock line, or nothing when its lock use is declared. */
  static void appendOperation(StringBuilder out, OperationSnapshot op) {
    LockUsage l = op.locks();
    if (!l.measured() || op.count() == 0) {
      return;
    }
    double n = op.count();
    out.append(INDENT).append("Lock (measured): held ");
    out.append(Units.format("%.1f %% of working time", op.lockHeldRatio() * 100.0));
    out.append(" (").append(ms(l.heldNanos() / n)).append("/op), wait ");
    out.append(ms(l.waitNanos() / n)).append("/op");
    out.append(Units.format(" (%.1f %% of wall), ", op.lockWaitRatio() * 100.0));
    out.append(
        Units.format(
            "%.1f acquisitions/op, %.1f releases/op", l.acquisitions() / n, l.releases() / n));
    out.append('\n');
  }

  /** The {@code Locks:} section, or nothing when no lock is designated. */
  static void appendLocks(StringBuilder out, List<LockSnapshot> locks) {
    if (locks.isEmpty()) {
      return;
    }
    out.append("\nLocks:\n");
    for (LockSnapshot lock : locks) {
      out.append(INDENT).append(lock.name()).append(": utilization ");
      out.append(Units.format("%.1f %%", lock.utilization() * 100.0));
      out.append(" over ").append(Units.seconds(lock.activeNanos() / 1e9));
      out.append(", ").append(Units.plural(lock.acquisitions(), "acquisition"));
      out.append(" by ").append(Units.plural(lock.threads(), "thread")).append('\n');
      out.append(INDENT).append(INDENT).append("hold ").append(stats(lock.holdNanos()));
      out.append(";  wait ").append(stats(lock.waitNanosPerAcquisition())).append('\n');
      out.append(INDENT).append(INDENT).append("top holders:");
      String sep = " ";
      for (LockHolder h : lock.topHolders()) {
        out.append(sep).append(h.thread()).append(' ');
        out.append(ms(h.heldNanos()));
        out.append(" (").append(h.acquisitions()).append(')');
        sep = ", ";
      }
      out.append('\n');
      for (RedFlag flag : lock.redFlags()) {
        out.append(INDENT).append(INDENT).append("flag ").append(flag.severity()).append(' ');
        out.append(flag.id()).append(": ").append(flag.message()).append('\n');
      }
    }
  }

  /**
   * After a declared operation, when some designated lock field could not be designated: its
   * figures are the declared ones, not a measurement of that lock.
   */
  static void appendUndesignatedNote(
      StringBuilder out, OperationSnapshot op, List<UndesignatedLock> undesignated) {
    if (undesignated.isEmpty() || op.locks().measured() || op.count() == 0) {
      return;
    }
    out.append(INDENT).append("Lock (declared): ");
    out.append(Units.plural(undesignated.size(), "designated lock field"));
    out.append(" not measured (see Locks not measured); the lock figures are the declared ones\n");
  }

  /** The {@code Locks not measured:} section, or nothing when every designation was made. */
  static void appendUndesignated(StringBuilder out, List<UndesignatedLock> undesignated) {
    if (undesignated.isEmpty()) {
      return;
    }
    out.append("\nLocks not measured:\n");
    for (UndesignatedLock u : undesignated) {
      out.append(INDENT).append(u.lockName()).append(" (").append(u.field()).append("): ");
      out.append(u.reason()).append('\n');
    }
  }

  private static String stats(DurationStats s) {
    return "p50 "
        + Units.micros(s.p50Nanos())
        + " µs  p99 "
        + Units.micros(s.p99Nanos())
        + " µs  max "
        + Units.micros(s.maxNanos())
        + " µs";
  }

  private static String ms(double nanos) {
    return Units.format("%.2f ms", nanos / 1e6);
  }
}
