package dev.boundarytracer.it.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the agent's JSON report ({@code boundary.json}) with jackson-databind and finds its parts.
 *
 * <p>Lookups fail the test with the report's content when a part is missing. Stateless.
 */
public final class JsonReports {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReports() {}

  /**
   * Parses a report file.
   *
   * @param path the file the agent wrote, must exist
   * @return the report's root object
   * @throws IOException if the file is missing or not JSON
   */
  public static JsonNode read(Path path) throws IOException {
    assertTrue(Files.isRegularFile(path), "JSON report not written: " + path);
    JsonNode root = MAPPER.readTree(path.toFile());
    assertTrue(root != null && root.isObject(), "JSON report is not an object: " + path);
    return root;
  }

  /**
   * The operations of a report by name, in report order.
   *
   * @param report the root object
   * @return name to operation object
   */
  public static Map<String, JsonNode> operations(JsonNode report) {
    JsonNode ops = report.path("operations");
    assertTrue(ops.isArray(), "operations is not an array in " + report);
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode op : ops) {
      byName.put(op.path("name").asText(), op);
    }
    return byName;
  }

  /**
   * One operation of a report.
   *
   * @param report the root object
   * @param name the operation's name
   * @return the operation object, never null (fails the test when absent)
   */
  public static JsonNode operation(JsonNode report, String name) {
    Map<String, JsonNode> ops = operations(report);
    JsonNode op = ops.get(name);
    assertNotNull(
        op, "operation " + name + " missing from the JSON report; present: " + ops.keySet());
    return op;
  }

  /**
   * The phases of one operation by phase name ({@code EXTRACT}, ...), in report order.
   *
   * @param operation an operation object
   * @return phase name to phase object
   */
  public static Map<String, JsonNode> phases(JsonNode operation) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode phase : operation.path("phases")) {
      byName.put(phase.path("phase").asText(), phase);
    }
    return byName;
  }

  /**
   * Every red flag of a report, as {@code operation/flagId/severity}.
   *
   * @param report the root object
   * @return the flags, sorted
   */
  public static Set<String> flags(JsonNode report) {
    Set<String> flags = new TreeSet<>();
    for (JsonNode op : report.path("operations")) {
      for (JsonNode flag : op.path("redFlags")) {
        flags.add(
            op.path("name").asText()
                + "/"
                + flag.path("id").asText()
                + "/"
                + flag.path("severity").asText());
      }
    }
    return flags;
  }

  /**
   * The ids of the flags of a given severity in a report.
   *
   * @param report the root object
   * @param severity {@code CRITICAL} or {@code WARNING}
   * @return the ids, sorted
   */
  public static Set<String> flagIds(JsonNode report, String severity) {
    Set<String> ids = new TreeSet<>();
    for (JsonNode op : report.path("operations")) {
      for (JsonNode flag : op.path("redFlags")) {
        if (flag.path("severity").asText().equals(severity)) {
          ids.add(flag.path("id").asText());
        }
      }
    }
    return ids;
  }
}
