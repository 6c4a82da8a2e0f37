package dev.boundarytracer.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.boundarytracer.snapshot.CostFit;
import dev.boundarytracer.snapshot.DurationStats;
import dev.boundarytracer.snapshot.InstrumentationCost;
import dev.boundarytracer.snapshot.JvmSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.Parallelism;
import dev.boundarytracer.snapshot.PhaseSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import dev.boundarytracer.snapshot.RedFlag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * The machine-readable twin of {@link TextReport}: one pretty-printed JSON object written with
 * jackson-core's streaming generator.
 *
 * <p>Layout ({@code ...Nanos} are nanoseconds, {@code ...Bytes} bytes, ratios 0..1):
 *
 * <pre>
 * { "operations": [ { "name", "count", "errors", "docs", "docsPerOperation", "perDocNanos",
 *       "opsPerSecond", "docsPerSecond", "lockHeldRatio", "lockHeldNanos", "amdahlCeiling",
 *       "lockReleases", "lockReleasesPerOperation", "parallelCount",
 *       "allocatedBytes": {"mean", "max", "sum", "unmeasuredCalls"} (null, with
 *       "allocatedBytesUnmeasuredReason", when no call could be measured), "activeNanos",
 *       "totalNanos": {"count", "sum", "mean", "min", "p50", "p90", "p99", "max"},
 *       "parallelismSource", "convertParallelCount", "parallelThreadsMax", "tasks",
 *       "taskCpuNanos", "taskCpuToWallRatio",
 *       "phases": [ {"phase", "lock", "count", "errors", "nanos": {...as totalNanos},
 *           "parallelismSource", and when MEASURED: "handOffCalls", "parallelCalls",
 *           "parallelThreadsMean", "parallelThreadsMax", "tasks", "tasksWithoutCpu",
 *           "taskCpuNanos", "taskWallNanos", "taskCpuToWallRatio"; "callsPerOperation",
 *           "perOperationNanos": {"mean", "sum", "maxOnOwnThread"}, "costFit": null or {"calls",
 *           "fixedNanos", "perDocNanos", "rSquared", "minDocs", "maxDocs", "good",
 *           "fixedShareAtMeanBatch", "recommendedBatchDocs"}} ],
 *       "redFlags": [ {"id", "severity", "phase", "message", "calls" (calls the figure rests on),
 *       "recommendation"} ],
 *       ...measured-lock keys, also per phase (see LockJson) } ],
 *   "jvm": { "uptimeMillis", "cpuSeconds", "heapUsedStartBytes", "heapUsedEndBytes",
 *       "heapUsedPeakBytes", "rssPeakBytes", "javaVersion", "suppressedErrors" },
 *   "locks": [ ...one per designated lock, see LockJson ],
 *   "undesignatedLocks": [ {"field", "lock", "reason"} ] (only when some field could not be
 *       designated),
 *   "unmatchedPointcuts": [ "file:line text", ... ],
 *   "instrumentationCost": { "callNanos", "calibrationNanos", "noteShare",
 *       "operations": [ {"name", "calls", "share"} ], "note" } }
 * </pre>
 *
 * <p>{@code phase} of an operation-level flag is {@code null}; {@code amdahlCeiling} is {@code
 * null} when the lock is never held (the ceiling is infinite). Any other double that is NaN or
 * infinite is also written as {@code null}, so the output is always valid JSON. Stateless and
 * thread-safe.
 */
public final class JsonReport {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonReport() {}

  /**
   * Writes the report, followed by a newline, and flushes; the writer is left open.
   *
   * @param s the snapshot, not null
   * @param out where to write, not null
   * @throws IOException when {@code out} fails
   * @throws NullPointerException when an argument is null
   */
  public static void write(ProfileSnapshot s, Writer out) throws IOException {
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("operations");
      for (OperationSnapshot op : s.operations()) {
        writeOperation(g, op, !s.undesignatedLocks().isEmpty());
      }
      g.writeEndArray();
      g.writeFieldName("jvm");
      writeJvm(g, s.jvm());
      LockJson.writeLocks(g, s.locks(), JsonReport::writeFlag);
      LockJson.writeUndesignated(g, s.undesignatedLocks());
      g.writeArrayFieldStart("unmatchedPointcuts");
      for (String pointcut : s.unmatchedPointcuts()) {
        g.writeString(pointcut);
      }
      g.writeEndArray();
      writeInstrumentationCost(g, s);
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * The report as a string.
   *
   * @param s the snapshot, not null
   * @return pretty-printed JSON ending with a newline
   * @throws NullPointerException when {@code s} is null
   */
  public static String toJson(ProfileSnapshot s) {
    StringWriter out = new StringWriter(4096);
    try {
      write(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static void writeOperation(
      JsonGenerator g, OperationSnapshot op, boolean someLocksUndesignated) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", op.name());
    g.writeNumberField("count", op.count());
    g.writeNumberField("errors", op.errors());
    g.writeNumberField("docs", op.docs());
    writeDouble(g, "docsPerOperation", op.docsPerOperation());
    writeDouble(g, "perDocNanos", op.perDocNanos());
    writeDouble(g, "opsPerSecond", op.opsPerSecond());
    writeDouble(g, "docsPerSecond", op.docsPerSecond());
    writeDouble(g, "lockHeldRatio", op.lockHeldRatio());
    g.writeNumberField("lockHeldNanos", op.lockHeldNanos());
    writeDouble(g, "amdahlCeiling", op.amdahlCeiling());
    g.writeNumberField("lockReleases", op.lockReleases());
    writeDouble(g, "lockReleasesPerOperation", op.lockReleasesPerOperation());
    g.writeNumberField("parallelCount", op.parallelCount());
    if (op.allocationMeasured()) {
      g.writeObjectFieldStart("allocatedBytes");
      writeDouble(g, "mean", op.allocatedBytesMean());
      g.writeNumberField("max", op.allocatedBytesMax());
      g.writeNumberField("sum", op.allocatedBytesSum());
      g.writeNumberField("unmeasuredCalls", op.allocationUnmeasuredCalls());
      g.writeEndObject();
    } else {
      g.writeNullField("allocatedBytes");
      g.writeStringField("allocatedBytesUnmeasuredReason", Units.ALLOCATION_UNMEASURED);
    }
    g.writeNumberField("activeNanos", op.activeNanos());
    g.writeFieldName("totalNanos");
    writeStats(g, op.totalNanos());
    writeOperationParallelism(g, op);
    g.writeArrayFieldStart("phases");
    for (PhaseSnapshot phase : op.phases()) {
      writePhase(g, op, phase);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("redFlags");
    for (RedFlag flag : op.redFlags()) {
      writeFlag(g, flag);
    }
    g.writeEndArray();
    LockJson.writeOperationLocks(g, op, someLocksUndesignated);
    g.writeEndObject();
  }

  private static void writePhase(JsonGenerator g, OperationSnapshot op, PhaseSnapshot phase)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("phase", phase.phase().name());
    g.writeStringField("lock", phase.lock().name());
    g.writeNumberField("count", phase.count());
    g.writeNumberField("errors", phase.errors());
    g.writeFieldName("nanos");
    writeStats(g, phase.nanos());
    writePhaseParallelism(g, phase);
    LockJson.writePhaseLocks(g, phase);
    writePerOperation(g, op, phase);
    writeCostFit(g, phase.costFit(), op.docsPerOperation());
    g.writeEndObject();
  }

  /**
   * {@code callsPerOperation} and {@code perOperationNanos} {mean, sum, maxOnOwnThread}: the
   * phase's total within one operation call (every call of the phase, on whichever thread, over the
   * operation's calls), and the largest total of one call counted on the operation's own thread.
   */
  private static void writePerOperation(JsonGenerator g, OperationSnapshot op, PhaseSnapshot phase)
      throws IOException {
    writeDouble(g, "callsPerOperation", BatchAdvice.callsPerOperation(op, phase));
    g.writeObjectFieldStart("perOperationNanos");
    writeDouble(g, "mean", BatchAdvice.perOperationMeanNanos(op, phase));
    g.writeNumberField("sum", phase.nanos().sumNanos());
    g.writeNumberField("maxOnOwnThread", phase.perOperation().maxNanos());
    g.writeEndObject();
  }

  /**
   * {@code costFit}: null when every operation call had the same document count, else {calls,
   * fixedNanos, perDocNanos, rSquared, minDocs, maxDocs, good, fixedShareAtMeanBatch,
   * recommendedBatchDocs (null without advice)}.
   */
  private static void writeCostFit(JsonGenerator g, CostFit fit, double docsPerOperation)
      throws IOException {
    if (!fit.fitted()) {
      g.writeNullField("costFit");
      return;
    }
    g.writeObjectFieldStart("costFit");
    g.writeNumberField("calls", fit.calls());
    writeDouble(g, "fixedNanos", fit.fixedNanos());
    writeDouble(g, "perDocNanos", fit.perDocNanos());
    writeDouble(g, "rSquared", fit.rSquared());
    g.writeNumberField("minDocs", fit.minDocs());
    g.writeNumberField("maxDocs", fit.maxDocs());
    g.writeBooleanField("good", fit.good());
    writeDouble(g, "fixedShareAtMeanBatch", fit.fixedShareAt(docsPerOperation));
    long batch = fit.recommendedBatchDocs();
    if (batch > 0) {
      g.writeNumberField("recommendedBatchDocs", batch);
    } else {
      g.writeNullField("recommendedBatchDocs");
    }
    g.writeEndObject();
  }

  /**
   * {@code parallelismSource} (MEASURED when the agent saw the phase hand work to other threads,
   * else NONE), and when measured: {@code handOffCalls}, {@code parallelCalls}, {@code
   * parallelThreadsMean}, {@code parallelThreadsMax}, {@code tasks}, {@code tasksWithoutCpu},
   * {@code taskCpuNanos}, {@code taskWallNanos}, {@code taskCpuToWallRatio}.
   */
  private static void writePhaseParallelism(JsonGenerator g, PhaseSnapshot phase)
      throws IOException {
    Parallelism p = phase.parallelism();
    g.writeStringField("parallelismSource", p.measured() ? "MEASURED" : "NONE");
    if (!p.measured()) {
      return;
    }
    g.writeNumberField("handOffCalls", p.handOffCalls());
    g.writeNumberField("parallelCalls", p.parallelCalls());
    writeDouble(g, "parallelThreadsMean", p.threadsMean());
    g.writeNumberField("parallelThreadsMax", p.threadsMax());
    g.writeNumberField("tasks", p.tasks());
    g.writeNumberField("tasksWithoutCpu", p.tasksWithoutCpu());
    g.writeNumberField("taskCpuNanos", p.taskCpuNanos());
    g.writeNumberField("taskWallNanos", p.taskWallNanos());
    writeDouble(g, "taskCpuToWallRatio", phase.taskCpuToWallRatio());
  }

  /**
   * {@code parallelismSource} (of the convert judgement: MEASURED or DECLARED), {@code
   * convertParallelCount}, and the phases' sums {@code parallelThreadsMax}, {@code tasks}, {@code
   * taskCpuNanos}, {@code taskCpuToWallRatio} (over the operation's wall time).
   */
  private static void writeOperationParallelism(JsonGenerator g, OperationSnapshot op)
      throws IOException {
    Parallelism p = op.parallelism();
    g.writeStringField("parallelismSource", op.convertParallelismSource().name());
    g.writeNumberField("convertParallelCount", op.convertParallelCount());
    g.writeNumberField("parallelThreadsMax", p.threadsMax());
    g.writeNumberField("tasks", p.tasks());
    g.writeNumberField("taskCpuNanos", p.taskCpuNanos());
    writeDouble(g, "taskCpuToWallRatio", op.taskCpuToWallRatio());
  }

  private static void writeStats(JsonGenerator g, DurationStats stats) throws IOException {
    g.writeStartObject();
    g.writeNumberField("count", stats.count());
    g.writeNumberField("sum", stats.sumNanos());
    writeDouble(g, "mean", stats.meanNanos());
    g.writeNumberField("min", stats.minNanos());
    g.writeNumberField("p50", stats.p50Nanos());
    g.writeNumberField("p90", stats.p90Nanos());
    g.writeNumberField("p99", stats.p99Nanos());
    g.writeNumberField("max", stats.maxNanos());
    g.writeEndObject();
  }

  private static void writeFlag(JsonGenerator g, RedFlag flag) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", flag.id());
    g.writeStringField("severity", flag.severity() == null ? null : flag.severity().name());
    g.writeStringField("phase", flag.phase() == null ? null : flag.phase().name());
    g.writeStringField("message", flag.message());
    if (flag.calls() >= 0) {
      g.writeNumberField("calls", flag.calls());
    }
    g.writeStringField("recommendation", flag.recommendation());
    g.writeEndObject();
  }

  private static void writeInstrumentationCost(JsonGenerator g, ProfileSnapshot s)
      throws IOException {
    InstrumentationCost cost = s.instrumentationCost();
    g.writeObjectFieldStart("instrumentationCost");
    writeDouble(g, "callNanos", cost.callNanos());
    g.writeNumberField("calibrationNanos", cost.calibrationNanos());
    g.writeNumberField("noteShare", InstrumentationCost.NOTE_SHARE);
    g.writeArrayFieldStart("operations");
    for (OperationSnapshot op : s.operations()) {
      g.writeStartObject();
      g.writeStringField("name", op.name());
      g.writeNumberField("calls", InstrumentationCost.calls(op));
      writeDouble(g, "share", cost.share(op));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("note", InstrumentationNote.of(s));
    g.writeEndObject();
  }

  private static void writeJvm(JsonGenerator g, JvmSnapshot jvm) throws IOException {
    if (jvm == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("uptimeMillis", jvm.uptimeMillis());
    writeDouble(g, "cpuSeconds", jvm.cpuSeconds());
    g.writeNumberField("heapUsedStartBytes", jvm.heapUsedStartBytes());
    g.writeNumberField("heapUsedEndBytes", jvm.heapUsedEndBytes());
    g.writeNumberField("heapUsedPeakBytes", jvm.heapUsedPeakBytes());
    g.writeNumberField("rssPeakBytes", jvm.rssPeakBytes());
    g.writeStringField("javaVersion", jvm.javaVersion());
    g.writeNumberField("suppressedErrors", jvm.suppressedErrors());
    g.writeEndObject();
  }

  /** A double, or {@code null} when it is NaN or infinite (JSON has no such numbers). */
  private static void writeDouble(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
