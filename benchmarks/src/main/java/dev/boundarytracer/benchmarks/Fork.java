package dev.boundarytracer.benchmarks;

import java.util.List;

/**
 * One kind of forked JVM and the {@link CallCost} benchmarks it runs.
 *
 * @param name short name used in the tables, e.g. {@code agent}
 * @param java the {@code java} executable of the fork, null for the host's
 * @param jvmArgs arguments appended to the fork's command line
 * @param benchmarks names of {@link CallCost} methods, {@code baseline} first (the control)
 */
record Fork(String name, String java, List<String> jvmArgs, List<String> benchmarks) {}
