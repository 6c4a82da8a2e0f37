package dev.boundarytracer.jfr;

import dev.boundarytracer.flags.Thresholds;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * The thresholds red flags are judged against, so that a tool reading the recording alone (JMC's
 * rules, {@code boundary-agent.jar analyze}) judges with the limits the agent used. Committed at
 * the start of every chunk, so every recording and every chunk of it carries one.
 *
 * <p>Phase limits are nanoseconds per 1000 documents; ratios are fractions 0..1.
 */
@Name("dev.boundarytracer.Configuration")
@Label("Boundary Configuration")
@Category("Boundary Tracer")
@Description("The red-flag thresholds of the boundary-tracer agent and its version")
@StackTrace(false)
@Period("beginChunk")
public final class ConfigurationEvent extends jdk.jfr.Event {
  @Label("Extract Target")
  @Description("Extract time per 1000 documents above which a WARNING is raised")
  @Timespan(Timespan.NANOSECONDS)
  public long extractTarget;

  @Label("Extract Critical")
  @Description("Extract time per 1000 documents above which a CRITICAL flag is raised")
  @Timespan(Timespan.NANOSECONDS)
  public long extractCritical;

  @Label("Convert Target")
  @Description("Convert time per 1000 documents above which a WARNING is raised")
  @Timespan(Timespan.NANOSECONDS)
  public long convertTarget;

  @Label("Convert Parallel Documents")
  @Description("Documents per call from which convert is expected to run in parallel")
  public long convertParallelDocs;

  @Label("Materialize Target")
  @Description("Materialize time per 1000 documents above which a WARNING is raised")
  @Timespan(Timespan.NANOSECONDS)
  public long materializeTarget;

  @Label("Materialize Critical")
  @Description("Materialize time per 1000 documents above which a CRITICAL flag is raised")
  @Timespan(Timespan.NANOSECONDS)
  public long materializeCritical;

  @Label("Lock Held Target")
  @Description("Lock-held share of wall time above which a WARNING is raised")
  @Percentage
  public double lockHeldTarget;

  @Label("Lock Held Critical")
  @Description("Lock-held share of wall time above which a CRITICAL flag is raised")
  @Percentage
  public double lockHeldCritical;

  @Label("Lock Releases Target")
  @Description("Lock releases per operation below which a WARNING is raised")
  public double lockReleasesTarget;

  @Label("Lock Mismatch")
  @Description("Share of working time a phase declared RELEASED may hold a designated lock")
  @Percentage
  public double lockMismatch;

  @Label("Lock Contended")
  @Description("Share of an operation's wall time waiting for a designated lock that is flagged")
  @Percentage
  public double lockContended;

  @Label("Lock Saturated")
  @Description("Utilization of a designated lock used by several threads that is flagged")
  @Percentage
  public double lockSaturated;

  @Label("Agent Version")
  @Description("Version of the boundary-tracer agent that wrote the recording")
  public String agentVersion;

  /**
   * Commits one event carrying the given limits.
   *
   * @param t the limits in force, not null
   */
  static void emit(Thresholds t) {
    ConfigurationEvent e = new ConfigurationEvent();
    e.extractTarget = t.extractTargetNanos();
    e.extractCritical = t.extractCriticalNanos();
    e.convertTarget = t.convertTargetNanos();
    e.convertParallelDocs = t.convertParallelMinDocs();
    e.materializeTarget = t.materializeTargetNanos();
    e.materializeCritical = t.materializeCriticalNanos();
    e.lockHeldTarget = t.lockHeldTarget();
    e.lockHeldCritical = t.lockHeldCritical();
    e.lockReleasesTarget = t.lockReleasesTarget();
    e.lockMismatch = t.lockMismatchRatio();
    e.lockContended = t.lockContendedRatio();
    e.lockSaturated = t.lockSaturatedUtilization();
    String version = ConfigurationEvent.class.getPackage().getImplementationVersion();
    e.agentVersion = version == null ? "unknown" : version;
    e.commit();
  }
}
