package dev.boundarytracer.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventGateTest {
  @AfterEach
  void refreshWithoutRecordings() {
    EventGate.refresh();
  }

  @Test
  void parsesJfrTimespans() {
    assertEquals(10_000_000L, EventGate.parseNanos("10 ms"));
    assertEquals(0L, EventGate.parseNanos("0 ns"));
    assertEquals(1_000_000_000L, EventGate.parseNanos("1s"));
    assertEquals(20_000L, EventGate.parseNanos(" 20 us "));
    assertEquals(0L, EventGate.parseNanos("soon"), "unreadable: skip nothing");
    assertEquals(0L, EventGate.parseNanos("5 fortnights"), "unknown unit: skip nothing");
  }

  @Test
  void aRecordingThatDoesNotEnableTheEventSetsNoThreshold() {
    assertEquals(Long.MAX_VALUE, EventGate.thresholdNanos(Map.of(), EventGate.PHASE));
    assertEquals(
        0L,
        EventGate.thresholdNanos(Map.of(EventGate.PHASE + "#enabled", "true"), EventGate.PHASE),
        "enabled without a threshold keeps every call");
  }

  @Test
  void skipsBelowHalfTheSmallestThresholdOfTheRunningRecordings() {
    try (Recording slow = recording(Duration.ofMillis(10));
        Recording slower = recording(Duration.ofMillis(40))) {
      EventGate.refresh();
      assertEquals(5_000_000L, EventGate.phaseSkipBelowNanos());
      try (Recording every = recording(Duration.ZERO)) {
        EventGate.refresh();
        assertEquals(0L, EventGate.phaseSkipBelowNanos(), "one recording keeps every call");
      }
      EventGate.refresh();
      assertEquals(5_000_000L, EventGate.phaseSkipBelowNanos(), "stopped recordings do not count");
    }
    EventGate.refresh();
    assertEquals(0L, EventGate.phaseSkipBelowNanos());
  }

  @Test
  void endsOnlyEventsThatMayReachTheThreshold() {
    try (Recording slow = recording(Duration.ofMillis(10))) {
      EventGate.refresh();
      PhaseEvent event = new PhaseEvent();
      event.begin();
      assertNull(EventGate.endPhase(event, 4_999_999L));
      assertSame(event, EventGate.endPhase(event, 5_000_000L));
    }
  }

  private static Recording recording(Duration phaseThreshold) {
    Recording r = new Recording();
    r.enable(EventGate.PHASE).withThreshold(phaseThreshold);
    r.start();
    return r;
  }
}
