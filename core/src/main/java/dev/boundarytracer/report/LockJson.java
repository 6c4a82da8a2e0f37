package dev.boundarytracer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.LockHolder;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.LockUsage;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import dev.boundarytracer.snapshot.UndesignatedLock;
import java.io.IOException;
import java.util.List;

/**
 * The measured-lock part of {@link JsonReport}.
 *
 * <p>Per operation: {@code lockSource} (MEASURED or DECLARED), {@code lockWaitNanos}, {@code
 * lockAcquisitions}, {@code lockWaitRatio}, {@code declaredLockHeldNanos}, and when DECLARED while
 * some designated lock field could not be designated, {@code lockNote} ({@code lockHeldNanos},
 * {@code lockHeldRatio} and {@code lockReleases} are measured when the source is MEASURED). Per
 * phase: {@code lockSource}, {@code lockHeldNanos}, {@code lockWaitNanos}, {@code
 * lockAcquisitions}, {@code lockHeldRatio}. Top level {@code locks}: per designated lock {@code
 * name}, {@code utilization}, {@code activeNanos}, {@code heldNanos}, {@code waitNanos}, {@code
 * acquisitions}, {@code threads}, {@code holdNanos} and {@code waitNanos} distributions {count,
 * sum, mean, p50, p99, max}, {@code topHolders} [{thread, heldNanos, acquisitions}] and {@code
 * redFlags}.
 */
final class LockJson {
  private LockJson() {}

  static void writeOperationLocks(
      JsonGenerator g, OperationSnapshot op, boolean someLocksUndesignated) throws IOException {
    LockUsage l = op.locks();
    g.writeStringField("lockSource", l.source().name());
    if (someLocksUndesignated && !l.measured()) {
      g.writeStringField(
          "lockNote",
          "declared figures: designated lock fields could not be designated, see"
              + " undesignatedLocks");
    }
    g.writeNumberField("lockWaitNanos", l.waitNanos());
    g.writeNumberField("lockAcquisitions", l.acquisitions());
    g.writeNumberField("lockWaitRatio", op.lockWaitRatio());
    g.writeNumberField("declaredLockHeldNanos", l.declaredHeldNanos());
  }

  static void writePhaseLocks(JsonGenerator g, PhaseSnapshot phase) throws IOException {
    LockUsage l = phase.locks();
    g.writeStringField("lockSource", l.source().name());
    g.writeNumberField("lockHeldNanos", l.heldNanos());
    g.writeNumberField("lockWaitNanos", l.waitNanos());
    g.writeNumberField("lockAcquisitions", l.acquisitions());
    g.writeNumberField("lockHeldRatio", phase.measuredHeldRatio());
  }

  static void writeLocks(JsonGenerator g, List<LockSnapshot> locks, FlagWriter flagWriter)
      throws IOException {
    g.writeArrayFieldStart("locks");
    for (LockSnapshot lock : locks) {
      g.writeStartObject();
      g.writeStringField("name", lock.name());
      g.writeNumberField("utilization", lock.utilization());
      g.writeNumberField("activeNanos", lock.activeNanos());
      g.writeNumberField("heldNanos", lock.heldNanos());
      g.writeNumberField("waitNanos", lock.waitNanos());
      g.writeNumberField("acquisitions", lock.acquisitions());
      g.writeNumberField("threads", lock.threads());
      g.writeFieldName("holdNanos");
      writeStats(g, lock.holdNanos());
      g.writeFieldName("waitNanosPerAcquisition");
      writeStats(g, lock.waitNanosPerAcquisition());
      g.writeArrayFieldStart("topHolders");
      for (LockHolder h : lock.topHolders()) {
        g.writeStartObject();
        g.writeStringField("thread", h.thread());
        g.writeNumberField("heldNanos", h.heldNanos());
        g.writeNumberField("acquisitions", h.acquisitions());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("redFlags");
      for (RedFlag flag : lock.redFlags()) {
        flagWriter.write(g, flag);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeUndesignated(JsonGenerator g, List<UndesignatedLock> undesignated)
      throws IOException {
    if (undesignated.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("undesignatedLocks");
    for (UndesignatedLock u : undesignated) {
      g.writeStartObject();
      g.writeStringField("field", u.field());
      g.writeStringField("lock", u.lockName());
      g.writeStringField("reason", u.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeStats(JsonGenerator g, DurationStats s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("count", s.count());
    g.writeNumberField("sum", s.sumNanos());
    g.writeNumberField("mean", s.count() == 0 ? 0.0 : (double) s.sumNanos() / s.count());
    g.writeNumberField("p50", s.p50Nanos());
    g.writeNumberField("p99", s.p99Nanos());
    g.writeNumberField("max", s.maxNanos());
    g.writeEndObject();
  }

  /** Writes one red flag as {@link JsonReport} does. */
  interface FlagWriter {
    void write(JsonGenerator g, RedFlag flag) throws IOException;
  }
}
