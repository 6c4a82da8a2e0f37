package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One call of a phase method. The event's duration is the phase's wall time; its thread is the
 * calling thread.
 */
@Name("dev.boundarytracer.Phase")
@Label("Boundary Phase")
@Category("Boundary Tracer")
@Description("One call of a phase (extract, convert, network, materialize) of a boundary operation")
@StackTrace(false)
public final class PhaseEvent extends jdk.jfr.Event {
  @Label("Operation")
  @Description("Name of the operation the phase belongs to")
  public String operation;

  @Label("Phase")
  @Description("EXTRACT, CONVERT, NETWORK or MATERIALIZE")
  public String phase;

  @Label("Method")
  @Description("The method timed, as com.example.Type#method")
  public String method;

  @Label("Documents")
  @Description("Documents of the enclosing operation known when the phase started")
  public long docs;

  @Label("Lock Use")
  @Description("HELD when the phase runs with the serialising lock held, RELEASED otherwise")
  public String lockUse;

  @Label("Failed")
  @Description("True when the phase method ended by throwing")
  public boolean failed;

  @Label("Parallel Threads")
  @Description(
      "Distinct threads on which tasks handed off by this phase call ran (the phase's own thread"
          + " counts when it ran one itself); 0 when it handed nothing off")
  public int parallelThreads;

  @Label("Tasks")
  @Description("Tasks handed off by this phase call that started before it returned")
  public long tasks;

  @Label("Task CPU Time")
  @Description(
      "CPU time the handed-off tasks used before the phase call returned (virtual threads have"
          + " none to measure)")
  @Timespan(Timespan.NANOSECONDS)
  public long taskCpuTime;

  @Label("Lock Held Time")
  @Description(
      "Time the calling thread held a designated lock during the phase (0 unless measured)")
  @Timespan(Timespan.NANOSECONDS)
  public long lockHeldTime;

  @Label("Lock Wait Time")
  @Description("Time the calling thread waited to acquire a designated lock (0 unless measured)")
  @Timespan(Timespan.NANOSECONDS)
  public long lockWaitTime;

  @Label("Lock Acquisitions")
  @Description("Outermost acquisitions of a designated lock (0 unless measured)")
  public long lockAcquisitions;

  @Label("Lock Source")
  @Description("MEASURED on a designated lock, or DECLARED from the lock declaration")
  public String lockSource = "DECLARED";
}
