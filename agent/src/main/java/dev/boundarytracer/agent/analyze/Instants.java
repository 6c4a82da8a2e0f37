package dev.boundarytracer.agent.analyze;

import java.time.Instant;

/** Converts recorded instants to nanoseconds since the epoch (good until the year 2262). */
final class Instants {
  private Instants() {}

  static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }
}
