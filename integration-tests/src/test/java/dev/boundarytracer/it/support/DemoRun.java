package dev.boundarytracer.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One finished run of the demo application under the agent, with the reports it left.
 *
 * @param profile the demo's {@code --profile}
 * @param jvm the process's exit code and output
 * @param jsonPath the JSON report file ({@code json=})
 * @param jfrPath the JFR recording file ({@code jfr=})
 * @param json the parsed JSON report
 */
public record DemoRun(String profile, JvmRun jvm, Path jsonPath, Path jfrPath, JsonNode json) {}
