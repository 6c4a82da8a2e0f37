package dev.boundarytracer.benchmarks;

import dev.boundarytracer.jfr.PhaseEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
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
 * Where a committed phase event's cost goes, without the agent: the phase event filled as the agent
 * fills it, the same event with its text fields left empty, and the empty event, all committed by
 * one recording in one fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class JfrEventCost {
  private final PhaseEvent event = new PhaseEvent();
  private Recording recording;

  @Setup(Level.Trial)
  public void start() {
    recording = PhaseRecording.start(PhaseRecording.PHASE_EVENT, Duration.ZERO);
    recording.enable(EmptyEvent.NAME).withThreshold(Duration.ZERO).withoutStackTrace();
  }

  @TearDown(Level.Trial)
  public void stop() {
    recording.close();
  }

  /** The phase event with every field, as the agent commits it. */
  @Benchmark
  public void phaseEventWithNames() {
    PhaseEvent e = event;
    e.begin();
    Body.work();
    e.end();
    if (e.shouldCommit()) {
      e.operation = "bench_phase";
      e.phase = "CONVERT";
      e.docs = 0;
      e.lockUse = "RELEASED";
      e.failed = false;
      e.parallelThreads = 0;
      e.tasks = 0;
      e.taskCpuTime = 0;
      e.lockHeldNanos = 0;
      e.lockWaitNanos = 0;
      e.lockAcquisitions = 0;
      e.lockSource = "DECLARED";
      e.commit();
    }
  }

  /** The same event with its four text fields null: what the text costs. */
  @Benchmark
  public void phaseEventWithoutText() {
    PhaseEvent e = event;
    e.begin();
    Body.work();
    e.end();
    if (e.shouldCommit()) {
      e.operation = null;
      e.phase = null;
      e.docs = 0;
      e.lockUse = null;
      e.failed = false;
      e.parallelThreads = 0;
      e.tasks = 0;
      e.taskCpuTime = 0;
      e.lockHeldNanos = 0;
      e.lockWaitNanos = 0;
      e.lockAcquisitions = 0;
      e.lockSource = null;
      e.commit();
    }
  }

  /** The cheapest committed event (no fields), allocated per call as the JDK's examples do. */
  @Benchmark
  public void emptyEvent() {
    EmptyEvent e = new EmptyEvent();
    e.begin();
    Body.work();
    e.commit();
  }
}
