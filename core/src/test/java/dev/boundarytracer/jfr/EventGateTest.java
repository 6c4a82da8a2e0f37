package dev.boundarytracer.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventGateTest {
  @BeforeEach
  void jfrInitialised() {
    // What the agent's FlightRecorder listener does when the first recording initialises JFR.
    EventProbes.recorderInitialized();
  }

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
  void slotsEndOnlyEventsThatMayReachTheThreshold() {
    try (Recording slow = recording(Duration.ofMillis(10))) {
      EventGate.refresh();
      PhaseEventSlot slot = new PhaseEventSlot();
      slot.arm();
      slot.begin();
      assertNull(slot.end(4_999_999L));
      slot.arm();
      slot.begin();
      PhaseEvent event = slot.end(5_000_000L);
      assertNotNull(event);
      slot.arm();
      slot.begin();
      assertSame(event, slot.end(7_000_000L), "one event object, reused");
      assertNull(slot.end(7_000_000L), "ended once per call");
    }
  }

  @Test
  void withoutAThresholdEveryArmedEventEnds() {
    try (Recording every = recording(Duration.ZERO)) {
      EventGate.refresh();
      PhaseEventSlot slot = new PhaseEventSlot();
      slot.arm();
      slot.begin();
      assertNotNull(slot.end(-1), "even a clock that stepped back");
    }
    EventGate.refresh();
    PhaseEventSlot slot = new PhaseEventSlot();
    slot.arm();
    slot.begin();
    assertNull(slot.end(1_000_000L), "no recording enables the event: none begun");
  }

  private static Recording recording(Duration phaseThreshold) {
    Recording r = new Recording();
    r.enable(EventGate.PHASE).withThreshold(phaseThreshold);
    r.start();
    return r;
  }
}
