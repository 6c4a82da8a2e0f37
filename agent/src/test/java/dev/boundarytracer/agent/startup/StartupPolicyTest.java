package dev.boundarytracer.agent.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.config.BoundaryConfig;
import dev.boundarytracer.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StartupPolicyTest {

  @Test
  void waitsForTheFirstMarkedClassByDefault() {
    assertFalse(StartupPolicy.eager(config("json=r.json;report=off")));
    assertFalse(StartupPolicy.eager(config(null)));
  }

  @Test
  void startsAtOnceForARecordingPointcutsOrConfiguredLocks() {
    assertTrue(StartupPolicy.eager(config("jfr=r.jfr")));
    assertTrue(StartupPolicy.eager(config("pointcuts=boundary.pointcuts")));
    assertTrue(StartupPolicy.eager(config("lock=com.example.Driver#LOCK")));
    assertTrue(StartupPolicy.eager(config("lockSites=com.example.driver.")));
  }

  private static BoundaryConfig config(String agentArgs) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BoundaryConfig config =
        ConfigLoader.load(
            agentArgs,
            new Properties(),
            Map.of(),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertTrue(err.size() == 0, err.toString(StandardCharsets.UTF_8));
    return config;
  }
}
