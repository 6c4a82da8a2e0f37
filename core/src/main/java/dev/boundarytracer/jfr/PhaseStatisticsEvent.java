package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/** Durations of one (operation, phase) over one statistics interval (default every second). */
@Name("dev.boundarytracer.PhaseStatistics")
@Label("Boundary Phase Statistics")
@Category("Boundary Tracer")
@Description("Interval histogram summary of one phase of one operation")
@StackTrace(false)
@Period("1 s")
public final class PhaseStatisticsEvent extends jdk.jfr.Event {
  @Label("Operation")
  @Description("Name of the operation")
  public String operation;

  @Label("Phase")
  @Description("EXTRACT, CONVERT, NETWORK or MATERIALIZE")
  public String phase;

  @Label("Calls")
  @Description("Calls of the phase that ended in the interval")
  public long count;

  @Label("Mean")
  @Description("Mean duration in the interval")
  @Timespan(Timespan.NANOSECONDS)
  public long mean;

  @Label("P50")
  @Description("Median duration in the interval")
  @Timespan(Timespan.NANOSECONDS)
  public long p50;

  @Label("P99")
  @Description("99th percentile duration in the interval")
  @Timespan(Timespan.NANOSECONDS)
  public long p99;

  @Label("Max")
  @Description("Longest duration in the interval")
  @Timespan(Timespan.NANOSECONDS)
  public long max;
}
