package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/** Periodic utilization of each designated lock. */
@Name("dev.boundarytracer.LockStatistics")
@Label("Boundary Lock Statistics")
@Category("Boundary Tracer")
@Description("Utilization of a designated (GIL-analogue) lock, per period and since the start")
@StackTrace(false)
@Period("1 s")
public final class LockStatisticsEvent extends jdk.jfr.Event {
  @Label("Lock")
  @Description("Name of the designated lock")
  public String lock;

  @Label("Interval Utilization")
  @Description("Share of the period the lock was held by any thread (finished holds)")
  @Percentage
  public double intervalUtilization;

  @Label("Utilization")
  @Description("Share of wall time the lock was held since its first acquisition")
  @Percentage
  public double utilization;

  @Label("Acquisitions")
  @Description("Outermost acquisitions during the period")
  public long acquisitions;
}
