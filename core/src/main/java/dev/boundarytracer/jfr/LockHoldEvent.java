package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/**
 * One continuous hold of a designated lock that lasted at least the event's threshold (1 ms by
 * default). The event's duration is the hold; its thread is the holder. Shown beside {@code
 * jdk.JavaMonitorEnter}, which records the waits.
 */
@Name("dev.boundarytracer.LockHold")
@Label("Boundary Lock Hold")
@Category("Boundary Tracer")
@Description("A hold of a designated (GIL-analogue) lock longer than the threshold")
@StackTrace(false)
@Threshold("1 ms")
public final class LockHoldEvent extends jdk.jfr.Event {
  @Label("Lock")
  @Description("Name of the designated lock (@BoundaryLock or boundary.lock)")
  public String lock;
}
