/**
 * Outputs read while the JVM runs: the Prometheus endpoint, the periodic live report and the JMX
 * MBeans, each a sink of the recorder's snapshots.
 *
 * <p><b>Internal, not an API; may change without notice.</b> Shipped only inside {@code
 * boundary-agent.jar}. Applications compile against {@code dev.boundarytracer} (the {@code
 * boundary-runtime} jar) alone.
 */
package dev.boundarytracer.live;
