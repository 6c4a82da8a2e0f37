package dev.boundarytracer.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every case of {@link CallCost} in its fork (plain, with the agent, with the OpenTelemetry
 * agent, on JDK 25 with method timing), at one and two threads, in average-time mode with {@code
 * -prof gc} and in sample mode (a quick run: average time only, and at two threads only the cases
 * whose two-thread figure is read); writes {@code results.tsv}, the markdown tables of {@code
 * docs/PERFORMANCE.md}'s JMH part and the per-call targets' values into {@code measured.tsv}.
 *
 * <p>System properties: {@code bench.agentJar}, {@code bench.otelJar} (a fork is skipped when its
 * jar is missing), {@code bench.java25} (the {@code java} of JDK 25, empty to skip case 9), {@code
 * bench.out} (output directory), {@code bench.quick=true} (shorter iterations), {@code
 * bench.dumpDir} (where the agent fork dumps the classes it wove), {@code bench.only} (a
 * comma-separated subset of the cases, to try the runner).
 */
public final class RunAll {
  private RunAll() {}

  public static void main(String[] args) throws IOException {
    boolean quick = Boolean.getBoolean("bench.quick");
    Path out = Path.of(System.getProperty("bench.out", "benchmarks/target/results"));
    Files.createDirectories(out);
    List<Fork> forks = forks();
    Map<String, Result> results = new LinkedHashMap<>();
    for (Fork fork : forks) {
      run(fork, fork.benchmarks(), 1, Mode.AverageTime, quick, results);
      if (!quick) {
        run(fork, fork.benchmarks(), 1, Mode.SampleTime, quick, results);
      }
    }
    // Two threads recording the same phase (and the shared alternatives) against one thread; a
    // quick run measures only the cases whose two-thread figure a target or a comparison reads.
    for (Fork fork : forks) {
      List<String> two = quick ? twoThreadCases(fork) : fork.benchmarks();
      if (!two.isEmpty()) {
        run(fork, two, 2, Mode.AverageTime, quick, results);
        if (!quick) {
          run(fork, two, 2, Mode.SampleTime, quick, results);
        }
      }
    }
    StringBuilder tsv = new StringBuilder(Result.TSV_HEADER).append('\n');
    for (Result r : results.values()) {
      tsv.append(r.tsv()).append('\n');
    }
    Files.writeString(out.resolve("results.tsv"), tsv, StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("jmh.md"),
        PerformanceTables.render(new ArrayList<>(results.values()), forks, quick),
        StandardCharsets.UTF_8);
    PerformanceTables.recordTargets(new ArrayList<>(results.values()), out.resolve("measured.tsv"));
    System.out.println("wrote " + out.resolve("results.tsv") + " and " + out.resolve("jmh.md"));
  }

  static List<Fork> forks() {
    String only = System.getProperty("bench.only", "");
    if (only.isBlank()) {
      return allForks();
    }
    // A subset, e.g. to try the runner on a few cases: bench.only=baseline,phase,floor
    List<String> wanted = List.of(only.split(","));
    List<Fork> forks = new ArrayList<>();
    for (Fork f : allForks()) {
      List<String> kept = new ArrayList<>(f.benchmarks());
      kept.retainAll(wanted);
      if (!kept.isEmpty()) {
        forks.add(new Fork(f.name(), f.java(), f.jvmArgs(), kept));
      }
    }
    return forks;
  }

  private static List<Fork> allForks() {
    List<Fork> forks = new ArrayList<>();
    List<String> heap = List.of("-Xms512m", "-Xmx512m");
    forks.add(
        new Fork(
            "plain",
            null,
            heap,
            List.of(
                "baseline",
                "floor",
                "hdrRecorder",
                "phase",
                "operation",
                "micrometer",
                "jfrEmptyEventCommitted",
                "jfrPhaseEventWithText",
                "jfrPhaseEventWithoutText",
                "lockDesignated",
                "lockPlain",
                "monitorDesignated",
                "monitorPlain")));
    String agentJar = System.getProperty("bench.agentJar", "");
    if (Files.isRegularFile(Path.of(agentJar))) {
      List<String> jvm = new ArrayList<>(heap);
      jvm.add("-javaagent:" + agentJar + "=report=off");
      String dump = System.getProperty("bench.dumpDir", "");
      if (!dump.isEmpty()) {
        jvm.add("-Ddev.boundarytracer.shaded.net.bytebuddy.dump=" + dump);
      }
      forks.add(
          new Fork(
              "agent",
              null,
              jvm,
              List.of(
                  "baseline",
                  "phase",
                  "phaseJfrBelowThreshold",
                  "phaseJfrCommitted",
                  "operation",
                  "lockDesignated",
                  "lockPlain",
                  "monitorDesignated",
                  "monitorPlain")));
    }
    String otelJar = System.getProperty("bench.otelJar", "");
    if (Files.isRegularFile(Path.of(otelJar))) {
      List<String> jvm = new ArrayList<>(heap);
      jvm.addAll(
          List.of(
              "-javaagent:" + otelJar,
              "-Dotel.traces.exporter=none",
              "-Dotel.metrics.exporter=none",
              "-Dotel.logs.exporter=none",
              "-Dotel.javaagent.logging=none"));
      forks.add(new Fork("opentelemetry", null, jvm, List.of("baseline", "withSpan")));
    }
    String java25 = System.getProperty("bench.java25", "");
    if (!java25.isEmpty() && Files.isExecutable(Path.of(java25))) {
      List<String> jvm = new ArrayList<>(heap);
      jvm.add("-XX:StartFlightRecording:method-timing=" + JdkTimed.FILTER);
      forks.add(
          new Fork(
              "jdk25-method-timing", java25, jvm, List.of("baseline", "floor", "jdkMethodTiming")));
    }
    return forks;
  }

  private static List<String> twoThreadCases(Fork fork) {
    List<String> two = new ArrayList<>();
    for (String b : fork.benchmarks()) {
      if (List.of("baseline", "phase", "hdrRecorder", "micrometer").contains(b)) {
        two.add(b);
      }
    }
    return two.size() > 1 ? two : List.of();
  }

  private static void run(
      Fork fork,
      List<String> benchmarks,
      int threads,
      Mode mode,
      boolean quick,
      Map<String, Result> results) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(CallCost.class.getName() + "\\.(" + String.join("|", benchmarks) + ")$")
            .mode(mode)
            .threads(threads)
            .forks(1)
            .warmupIterations(quick ? 2 : 3)
            .warmupTime(TimeValue.milliseconds(quick ? 500 : 1000))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.milliseconds(quick ? 500 : 1000))
            .jvmArgsAppend(fork.jvmArgs().toArray(new String[0]));
    if (fork.java() != null) {
      options.jvm(fork.java());
    }
    if (mode == Mode.AverageTime) {
      options.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> runs;
    try {
      runs = new Runner(options.build()).run();
    } catch (RunnerException e) {
      System.err.println("fork " + fork.name() + " failed: " + e);
      return;
    }
    for (RunResult run : runs) {
      String full = run.getParams().getBenchmark();
      String benchmark = full.substring(full.lastIndexOf('.') + 1);
      String key = fork.name() + "|" + benchmark + "|" + threads;
      Result old =
          results.getOrDefault(
              key,
              new Result(
                  fork.name(),
                  benchmark,
                  threads,
                  Double.NaN,
                  Double.NaN,
                  Double.NaN,
                  Double.NaN,
                  Double.NaN,
                  Double.NaN));
      results.put(key, merge(old, run, mode));
    }
  }

  private static Result merge(Result old, RunResult run, Mode mode) {
    org.openjdk.jmh.results.Result<?> primary = run.getPrimaryResult();
    if (mode == Mode.SampleTime) {
      return new Result(
          old.fork(),
          old.benchmark(),
          old.threads(),
          old.avgNanos(),
          old.avgErrorNanos(),
          old.bestNanos(),
          primary.getStatistics().getPercentile(50),
          primary.getStatistics().getPercentile(99),
          old.bytesPerOp());
    }
    double bytes = Double.NaN;
    for (Map.Entry<String, org.openjdk.jmh.results.Result> e :
        run.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        bytes = e.getValue().getScore();
      }
    }
    return new Result(
        old.fork(),
        old.benchmark(),
        old.threads(),
        primary.getScore(),
        primary.getScoreError(),
        run.getAggregatedResult().getIterationResults().stream()
            .mapToDouble(i -> i.getPrimaryResult().getScore())
            .min()
            .orElse(Double.NaN),
        old.p50Nanos(),
        old.p99Nanos(),
        bytes);
  }
}
