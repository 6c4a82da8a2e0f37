package dev.boundarytracer.agent.weaving.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockTargetsTest {
  private final List<String> warnings = new ArrayList<>();

  @Test
  void parsesFieldsAndWeavesTheirPackagesAndTheConfiguredPrefixes() {
    LockTargets t =
        LockTargets.parse(
            "com.example.Driver#LOCK, org.acme.Pool$Inner#guard", "net.other.", warnings::add);
    assertEquals(
        List.of(
            new LockTargets.Field("com.example.Driver", "LOCK"),
            new LockTargets.Field("org.acme.Pool$Inner", "guard")),
        t.fields());
    assertEquals("Driver.LOCK", t.fields().get(0).lockName());
    assertEquals("Inner.guard", t.fields().get(1).lockName());
    assertTrue(t.weavesSitesOf("com.example.Connection"));
    assertTrue(t.weavesSitesOf("net.other.Thing"));
    assertFalse(t.weavesSitesOf("com.examples.Other"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void malformedEntriesAreReportedOnceEachAndSkipped() {
    LockTargets t =
        LockTargets.parse(
            "Driver, com.example.Driver#, #LOCK, com.example.Ok#L", "1bad", warnings::add);
    assertEquals(List.of(new LockTargets.Field("com.example.Ok", "L")), t.fields());
    assertEquals(4, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("'Driver'"), warnings.get(0));
    assertTrue(warnings.get(0).contains("com.example.Driver#LOCK"), "says what is accepted");
    assertTrue(warnings.get(3).contains("boundary.lockSites"), warnings.get(3));
  }

  @Test
  void nothingConfiguredWeavesNothingExtra() {
    LockTargets t = LockTargets.parse(null, " ", warnings::add);
    assertEquals(LockTargets.NONE, t);
    assertFalse(t.weavesSitesOf("com.example.Driver"));
  }
}
