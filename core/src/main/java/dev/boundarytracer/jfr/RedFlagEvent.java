package dev.boundarytracer.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * One threshold an operation crossed. Emitted at the end of every recording chunk, so the final
 * chunk, written when the recording stops at JVM exit, carries the final flags.
 */
@Name("dev.boundarytracer.RedFlag")
@Label("Boundary Red Flag")
@Category("Boundary Tracer")
@Description("A threshold of the four-phase boundary model that an operation crossed")
@StackTrace(false)
@Period("endChunk")
public final class RedFlagEvent extends jdk.jfr.Event {
  @Label("Operation")
  @Description("Name of the operation the flag is about")
  public String operation;

  @Label("Flag")
  @Description("Stable identifier of the rule, e.g. LOCK_HELD_HIGH")
  public String flagId;

  @Label("Severity")
  @Description("WARNING (above target) or CRITICAL (red flag)")
  public String severity;

  @Label("Phase")
  @Description("The phase concerned, absent (null) for an operation-level flag")
  public String phase;

  @Label("Message")
  @Description("Measured value and threshold")
  public String message;

  @Label("Calls")
  @Description("Calls the judged figure rests on; -1 when it does not rest on calls")
  public long calls;

  @Label("Recommendation")
  @Description("What to do about it")
  public String recommendation;
}
