package dev.boundarytracer.benchmarks;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import org.HdrHistogram.Recorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of one timed call of the same body ({@link Body#work()}) under each instrumentation.
 * {@link RunAll} decides which fork (plain, with the agent, with the OpenTelemetry agent, on JDK 25
 * with method timing) runs which of these; each fork also runs {@link #baseline()} as its control.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallCost {

  /** What several threads share, as users share them: one recorder, one timer. */
  @State(Scope.Benchmark)
  public static class Shared {
    final Recorder recorder = new Recorder(2);
    final Timer timer =
        Timer.builder("benchmark.call")
            .publishPercentileHistogram()
            .register(new SimpleMeterRegistry());
  }

  /** Case 5, below threshold: a recording with the phase event enabled at a 1 s threshold. */
  @State(Scope.Benchmark)
  public static class RecordingBelowThreshold {
    Recording recording;

    @Setup(Level.Trial)
    public void start() {
      recording = PhaseRecording.start(Duration.ofSeconds(1));
    }

    @TearDown(Level.Trial)
    public void stop() {
      recording.close();
    }
  }

  /** Case 5, committed: a recording with the phase event enabled at a 0 ns threshold. */
  @State(Scope.Benchmark)
  public static class RecordingCommitted {
    Recording recording;

    @Setup(Level.Trial)
    public void start() {
      recording = PhaseRecording.start(Duration.ZERO);
    }

    @TearDown(Level.Trial)
    public void stop() {
      recording.close();
    }
  }

  /** The reference for case 5: a recording committing every empty event. */
  @State(Scope.Benchmark)
  public static class RecordingOfEmptyEvents {
    Recording recording;

    @Setup(Level.Trial)
    public void start() {
      recording = PhaseRecording.start(EmptyEvent.NAME, Duration.ZERO);
    }

    @TearDown(Level.Trial)
    public void stop() {
      recording.close();
    }
  }

  /** Where a committed phase event's cost goes: a recording committing every phase-shaped event. */
  @State(Scope.Thread)
  public static class PhaseEventRecording {
    final PhaseShapedEvent event = new PhaseShapedEvent();
    Recording recording;

    @Setup(Level.Trial)
    public void start() {
      recording = PhaseRecording.start(PhaseShapedEvent.NAME, Duration.ZERO);
    }

    @TearDown(Level.Trial)
    public void stop() {
      recording.close();
    }
  }

  /** Case 1: the body alone, no instrumentation. */
  @Benchmark
  public void baseline() {
    Body.work();
  }

  /** Case 2: the floor, two clock reads around the body. */
  @Benchmark
  public long floor() {
    long startNanos = System.nanoTime();
    Body.work();
    return System.nanoTime() - startNanos;
  }

  /** Case 3: hand-written HdrHistogram {@code Recorder} timing around the body. */
  @Benchmark
  public void hdrRecorder(Shared shared) {
    long startNanos = System.nanoTime();
    Body.work();
    shared.recorder.recordValue(System.nanoTime() - startNanos);
  }

  /** Case 4: a {@code @BoundaryPhase} method (woven only in forks with the agent). */
  @Benchmark
  public void phase() {
    Instrumented.phase();
  }

  /** Case 5: the phase method while a recording has the phase event below its threshold. */
  @Benchmark
  public void phaseJfrBelowThreshold(RecordingBelowThreshold recording) {
    Instrumented.phase();
  }

  /** Case 5: the phase method while a recording commits every phase event. */
  @Benchmark
  public void phaseJfrCommitted(RecordingCommitted recording) {
    Instrumented.phase();
  }

  /** Reference for case 5: the body inside the cheapest committed JFR event (begin, commit). */
  @Benchmark
  public void jfrEmptyEventCommitted(RecordingOfEmptyEvents recording) {
    EmptyEvent event = new EmptyEvent();
    event.begin();
    Body.work();
    event.commit();
  }

  /**
   * Reference for case 5: an event of the phase event's shape, committed with every field as the
   * agent fills it (no agent: the JFR part of case 5 without the agent's own work).
   */
  @Benchmark
  public void jfrPhaseEventWithText(PhaseEventRecording r) {
    PhaseShapedEvent e = r.event;
    e.begin();
    Body.work();
    e.end();
    if (e.shouldCommit()) {
      e.operation = "bench_phase";
      e.phase = "CONVERT";
      e.lockUse = "RELEASED";
      e.lockSource = "DECLARED";
      numbers(e);
      e.commit();
    }
  }

  /** Reference for case 5: the same event with its four text fields null (what the text costs). */
  @Benchmark
  public void jfrPhaseEventWithoutText(PhaseEventRecording r) {
    PhaseShapedEvent e = r.event;
    e.begin();
    Body.work();
    e.end();
    if (e.shouldCommit()) {
      e.operation = null;
      e.phase = null;
      e.lockUse = null;
      e.lockSource = null;
      numbers(e);
      e.commit();
    }
  }

  private static void numbers(PhaseShapedEvent e) {
    e.docs = 0;
    e.failed = false;
    e.parallelThreads = 0;
    e.tasks = 0;
    e.taskCpuTime = 0;
    e.lockHeldTime = 0;
    e.lockWaitTime = 0;
    e.lockAcquisitions = 0;
  }

  /** Case 6: a {@code @BoundaryOperation} of four phases, per operation (four bodies). */
  @Benchmark
  public void operation() {
    Instrumented.operation();
  }

  /** Case 7: Micrometer {@code Timer.record} with a percentile histogram. */
  @Benchmark
  public void micrometer(Shared shared) {
    shared.timer.record(Body::work);
  }

  /** Case 8: a {@code @WithSpan} method (a span only in forks with the OpenTelemetry agent). */
  @Benchmark
  public void withSpan() {
    OtelTraced.traced();
  }

  /** Case 9: the method JDK 25's method timing times (only in forks that enable it). */
  @Benchmark
  public void jdkMethodTiming() {
    JdkTimed.timed();
  }

  /** Lock cost: a designated {@code ReentrantLock} acquired and released around the body. */
  @Benchmark
  public void lockDesignated() {
    Locked.lockDesignated();
  }

  /** Lock cost: a {@code ReentrantLock} that is not designated (a woven site under the agent). */
  @Benchmark
  public void lockPlain() {
    Locked.lockPlain();
  }

  /** Lock cost: a {@code synchronized} block on a designated monitor around the body. */
  @Benchmark
  public void monitorDesignated() {
    Locked.monitorDesignated();
  }

  /** Lock cost: a {@code synchronized} block on a monitor that is not designated. */
  @Benchmark
  public void monitorPlain() {
    Locked.monitorPlain();
  }
}
