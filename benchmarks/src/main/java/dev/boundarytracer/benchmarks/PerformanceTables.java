package dev.boundarytracer.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Turns measured {@link Result}s into the markdown of {@code docs/PERFORMANCE.md}'s JMH part: one
 * table of every case, then each per-call target with its measured value and PASS or FAIL. Numbers
 * only come from the results; nothing here is measured or assumed.
 */
final class PerformanceTables {
  private final List<Result> results;

  private PerformanceTables(List<Result> results) {
    this.results = results;
  }

  static String render(List<Result> results, List<Fork> forks, boolean quick) {
    return new PerformanceTables(results).render(forks, quick);
  }

  private String render(List<Fork> forks, boolean quick) {
    StringBuilder b = new StringBuilder();
    b.append("### Forks\n\n| fork | JVM | arguments | benchmarks |\n|---|---|---|---|\n");
    for (Fork f : forks) {
      b.append("| ")
          .append(f.name())
          .append(" | ")
          .append(f.java() == null ? "host JDK" : "`" + f.java() + "`")
          .append(" | `")
          .append(String.join(" ", f.jvmArgs()))
          .append("` | ")
          .append(String.join(", ", f.benchmarks()))
          .append(" |\n");
    }
    b.append("\nIterations: ")
        .append(
            quick
                ? "QUICK=1: 2 x 0.5 s warm-up, 3 x 0.5 s measured"
                : "3 x 1 s warm-up, 5 x 1 s measured")
        .append(
            ", 1 fork per (case, mode, threads). `added` is the case minus its fork's `baseline`")
        .append(
            " at the same thread count (for the operation and the lock cases: minus the plain fork's run"
                + " of the same case).\n\n");
    b.append("### Every case\n\n");
    b.append(
        "| case | fork | threads | avgt ns/op | added ns | best iteration ns/op | sample p50 ns"
            + " | sample p99 ns | B/op |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      b.append("| ")
          .append(label(r))
          .append(" | ")
          .append(r.fork())
          .append(" | ")
          .append(r.threads())
          .append(" | ")
          .append(num(r.avgNanos()))
          .append(" ± ")
          .append(num(r.avgErrorNanos()))
          .append(" | ")
          .append(num(added(r)))
          .append(" | ")
          .append(num(r.bestNanos()))
          .append(" | ")
          .append(num(r.p50Nanos()))
          .append(" | ")
          .append(num(r.p99Nanos()))
          .append(" | ")
          .append(num(r.bytesPerOp()))
          .append(" |\n");
    }
    b.append("\n### Per-call targets\n\n| target | measured | result |\n|---|---|---|\n");
    targets(b);
    return b.toString();
  }

  private void targets(StringBuilder b) {
    double floor = added(find("plain", "floor", 1));
    double phase = added(find("agent", "phase", 1));
    row(
        b,
        "one phase call adds at most 1.25x the floor (case 4 - 1 vs case 2 - 1, 1 thread)",
        fmt("%s ns vs floor %s ns = %sx", phase, floor, phase / floor),
        phase <= 1.25 * floor);
    double bytes = bytes(find("agent", "phase", 1));
    row(b, "one phase call allocates 0 B/op", fmt("%s B/op", bytes), bytes < 0.5);
    double committed = added(find("agent", "phaseJfrCommitted", 1));
    row(
        b,
        "with JFR committing every phase event, at most 150 ns per phase call (added)",
        fmt("%s ns (%s B/op)", committed, bytes(find("agent", "phaseJfrCommitted", 1))),
        committed <= 150);
    row(
        b,
        "(for scale) the cheapest JFR event (no fields) committed, added per call",
        fmt("%s ns", added(find("plain", "jfrEmptyEventCommitted", 1))),
        null);
    double below = added(find("agent", "phaseJfrBelowThreshold", 1));
    row(
        b,
        "(for scale) JFR recording running, event below threshold",
        fmt("%s ns (%s B/op)", below, bytes(find("agent", "phaseJfrBelowThreshold", 1))),
        null);
    double otel = added(find("opentelemetry", "withSpan", 1));
    row(
        b,
        "at least 5x cheaper than the OpenTelemetry agent's @WithSpan",
        fmt("%s ns vs %s ns = %sx cheaper", phase, otel, otel / phase),
        otel >= 5 * phase);
    double micrometer = added(find("plain", "micrometer", 1));
    row(
        b,
        "cheaper than Micrometer's Timer with percentile histogram",
        fmt("%s ns vs %s ns", phase, micrometer),
        phase < micrometer);
    double one = avg(find("agent", "phase", 1));
    double two = avg(find("agent", "phase", 2));
    row(
        b,
        "two threads recording the same phase: per-thread cost within 20 % of one thread",
        fmt("%s ns/op at 2 threads vs %s ns/op at 1 = %sx", two, one, two / one),
        two <= 1.2 * one);
    double jdk = added(find("jdk25-method-timing", "jdkMethodTiming", 1));
    double jdkFloor = added(find("jdk25-method-timing", "floor", 1));
    row(
        b,
        "(for scale) JDK 25 method timing, added per call",
        fmt(
            "%s ns = %sx its JVM's floor (%s B/op)",
            jdk, jdk / jdkFloor, bytes(find("jdk25-method-timing", "jdkMethodTiming", 1))),
        null);
    double op = added(find("agent", "operation", 1));
    row(
        b,
        "(for scale) one operation of four phases, added per operation (case 6)",
        fmt("%s ns (%s B/op)", op, bytes(find("agent", "operation", 1))),
        null);
    lockRow(b, "lockDesignated", "a designated ReentrantLock, lock() and unlock()");
    lockRow(b, "lockPlain", "a ReentrantLock not designated (woven site, identity check only)");
    lockRow(b, "monitorDesignated", "a synchronized block on a designated monitor");
    lockRow(b, "monitorPlain", "a synchronized block on a monitor not designated (woven site)");
  }

  private void lockRow(StringBuilder b, String benchmark, String what) {
    Result agent = find("agent", benchmark, 1);
    row(
        b,
        "extra cost per lock acquisition: " + what,
        fmt("%s ns (%s B/op)", added(agent), bytes(agent)),
        null);
  }

  private static void row(StringBuilder b, String target, String measured, Boolean pass) {
    b.append("| ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(
            pass == null
                ? "-"
                : measured.contains("n/a") ? "NOT MEASURED" : pass ? "PASS" : "**FAIL**")
        .append(" |\n");
  }

  private Result find(String fork, String benchmark, int threads) {
    for (Result r : results) {
      if (r.fork().equals(fork) && r.benchmark().equals(benchmark) && r.threads() == threads) {
        return r;
      }
    }
    return null;
  }

  private double added(Result r) {
    if (r == null) {
      return Double.NaN;
    }
    if (r.benchmark().equals("baseline")) {
      return Double.NaN;
    }
    // The operation and the lock cases run the same code with and without the agent: their
    // control is the plain fork's run of the same case.
    boolean sameCaseControl =
        r.benchmark().equals("operation")
            || r.benchmark().startsWith("lock")
            || r.benchmark().startsWith("monitor");
    Result control =
        sameCaseControl && !r.fork().equals("plain")
            ? find("plain", r.benchmark(), r.threads())
            : sameCaseControl ? null : find(r.fork(), "baseline", r.threads());
    return control == null ? Double.NaN : r.avgNanos() - control.avgNanos();
  }

  private static double avg(Result r) {
    return r == null ? Double.NaN : r.avgNanos();
  }

  private static double bytes(Result r) {
    return r == null ? Double.NaN : r.bytesPerOp();
  }

  private static String label(Result r) {
    boolean agent = r.fork().equals("agent");
    switch (r.benchmark()) {
      case "baseline":
        return "1 no instrumentation (control)";
      case "floor":
        return "2 floor: two System.nanoTime()";
      case "hdrRecorder":
        return "3 HdrHistogram Recorder by hand";
      case "phase":
        return agent ? "4 @BoundaryPhase, agent" : "@BoundaryPhase method, no agent";
      case "phaseJfrBelowThreshold":
        return "5 @BoundaryPhase, JFR event below threshold";
      case "phaseJfrCommitted":
        return "5 @BoundaryPhase, JFR event committed";
      case "operation":
        return agent
            ? "6 @BoundaryOperation of 4 phases, agent"
            : "operation of 4 bodies, no agent";
      case "micrometer":
        return "7 Micrometer Timer, percentile histogram";
      case "withSpan":
        return "8 OpenTelemetry agent @WithSpan";
      case "jdkMethodTiming":
        return "9 JDK 25 JFR method timing";
      case "jfrEmptyEventCommitted":
        return "reference: an empty JFR event committed";
      case "lockDesignated":
        return "lock/unlock, designated ReentrantLock" + (agent ? ", agent" : ", no agent");
      case "lockPlain":
        return "lock/unlock, plain ReentrantLock" + (agent ? ", agent" : ", no agent");
      case "monitorDesignated":
        return "synchronized, designated monitor" + (agent ? ", agent" : ", no agent");
      case "monitorPlain":
        return "synchronized, plain monitor" + (agent ? ", agent" : ", no agent");
      default:
        return r.benchmark();
    }
  }

  private static String fmt(String pattern, Object... values) {
    Object[] shown = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      shown[i] = values[i] instanceof Double d ? num(d) : values[i];
    }
    return String.format(Locale.ROOT, pattern, shown);
  }

  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "n/a";
    }
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
