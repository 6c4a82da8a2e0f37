package dev.boundarytracer.benchmarks;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * An event with the fields of the agent's {@code dev.boundarytracer.Phase} event, in the same order
 * and of the same types, for the reference cases that commit it without the agent: what JFR charges
 * for that shape of event, apart from the agent's own work. (A copy, so the benchmarks depend only
 * on the public API.)
 */
@Name(PhaseShapedEvent.NAME)
@Label("Benchmark Phase-Shaped Event")
@Category("Benchmark")
@StackTrace(false)
final class PhaseShapedEvent extends jdk.jfr.Event {
  static final String NAME = "dev.boundarytracer.benchmarks.PhaseShaped";

  String operation;
  String phase;
  long docs;
  String lockUse;
  boolean failed;
  int parallelThreads;
  long tasks;

  @Timespan(Timespan.NANOSECONDS)
  long taskCpuTime;

  @Timespan(Timespan.NANOSECONDS)
  long lockHeldTime;

  @Timespan(Timespan.NANOSECONDS)
  long lockWaitTime;

  long lockAcquisitions;
  String lockSource;
}
