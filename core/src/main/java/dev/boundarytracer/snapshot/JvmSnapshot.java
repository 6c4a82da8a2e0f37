package dev.boundarytracer.snapshot;

/**
 * Process-wide resource figures at report time.
 *
 * @param uptimeMillis JVM uptime
 * @param cpuSeconds CPU time the process used, all threads
 * @param heapUsedStartBytes heap in use when the agent started
 * @param heapUsedEndBytes heap in use at report time
 * @param heapUsedPeakBytes highest heap in use seen by the once-a-second sampler
 * @param rssPeakBytes peak resident set size (Linux {@code VmHWM}), -1 where unknown
 * @param javaVersion {@code java.version} of the running JVM
 * @param suppressedErrors throwables the agent's own code caught and suppressed; 0 when healthy
 */
public record JvmSnapshot(
    long uptimeMillis,
    double cpuSeconds,
    long heapUsedStartBytes,
    long heapUsedEndBytes,
    long heapUsedPeakBytes,
    long rssPeakBytes,
    String javaVersion,
    long suppressedErrors) {}
