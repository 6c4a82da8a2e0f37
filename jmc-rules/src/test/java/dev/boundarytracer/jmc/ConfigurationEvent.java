package dev.boundarytracer.jmc;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/** The thresholds event as the agent writes it (same name, fields and units), for the tests. */
@Name("dev.boundarytracer.Configuration")
@Label("Boundary Configuration")
@Category("Boundary Tracer")
@StackTrace(false)
final class ConfigurationEvent extends jdk.jfr.Event {
  @Timespan(Timespan.NANOSECONDS)
  long extractTarget;

  @Timespan(Timespan.NANOSECONDS)
  long extractCritical;

  @Timespan(Timespan.NANOSECONDS)
  long convertTarget;

  @Timespan(Timespan.NANOSECONDS)
  long materializeTarget;

  @Timespan(Timespan.NANOSECONDS)
  long materializeCritical;

  long convertParallelDocs;

  @Percentage double lockHeldTarget;

  @Percentage double lockHeldCritical;

  @Percentage double lockMismatch;

  @Percentage double lockContended;

  @Percentage double lockSaturated;

  double lockReleasesTarget;

  String agentVersion;
}
