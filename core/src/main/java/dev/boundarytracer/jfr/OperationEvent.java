package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/** One call of an operation method. The event's duration is the operation's wall time. */
@Name("dev.boundarytracer.Operation")
@Label("Boundary Operation")
@Category("Boundary Tracer")
@Description("One call of a boundary operation with its lock use and allocation")
@StackTrace(false)
public final class OperationEvent extends jdk.jfr.Event {
  @Label("Operation")
  @Description("Name of the operation")
  public String operation;

  @Label("Documents")
  @Description("Documents the operation moved")
  public long docs;

  @Label("Lock Held")
  @Description("Share of the operation's wall time spent in phases that hold the serialising lock")
  @Percentage
  public double lockHeld;

  @Label("Lock Held Time")
  @Description("Wall time spent in phases that hold the serialising lock")
  @Timespan(Timespan.NANOSECONDS)
  public long lockHeldTime;

  @Label("Lock Releases")
  @Description("Entries into phases that release the serialising lock")
  public long lockReleases;

  @Label("Parallel")
  @Description(
      "True when a convert call of the operation ran its tasks on two or more threads at once"
          + " (measured), or, when convert handed nothing off, as the operation declared")
  public boolean parallel;

  @Label("Declared Parallel")
  @Description(
      "True when the application declared the call parallel (BoundaryContext.setParallel or a"
          + " measured hand-off of the operation itself), whatever convert was measured to do")
  public boolean declaredParallel;

  @Label("Convert Threads")
  @Description(
      "Most distinct threads the tasks of one convert call of the operation ran on (measured);"
          + " 0 when convert handed nothing off")
  public int convertThreads;

  @Label("Allocated")
  @Description(
      "Bytes allocated by the calling thread during the operation; -1 where the JVM cannot"
          + " measure it (virtual threads)")
  @DataAmount(DataAmount.BYTES)
  public long allocated;

  @Label("Failed")
  @Description("True when the operation method ended by throwing")
  public boolean failed;

  @Label("Lock Wait Time")
  @Description("Time the calling thread waited to acquire a designated lock (0 unless measured)")
  @Timespan(Timespan.NANOSECONDS)
  public long lockWaitTime;

  @Label("Lock Acquisitions")
  @Description("Outermost acquisitions of a designated lock (0 unless measured)")
  public long lockAcquisitions;

  @Label("Lock Source")
  @Description("MEASURED on a designated lock, or DECLARED from the phases' lock declarations")
  public String lockSource = "DECLARED";
}
