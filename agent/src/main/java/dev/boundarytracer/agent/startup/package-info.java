/**
 * The lazy start: weaving waits for the first class that needs it.
 *
 * <p><b>Internal, not an API; may change without notice.</b> Shipped only inside {@code
 * boundary-agent.jar}. Applications compile against {@code dev.boundarytracer} (the {@code
 * boundary-runtime} jar) alone.
 */
package dev.boundarytracer.agent.startup;
