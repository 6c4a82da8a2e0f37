package dev.boundarytracer.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/** The one small method body every case times, so that cases differ only by instrumentation. */
final class Body {
  /** {@link Blackhole#consumeCPU} tokens: a few nanoseconds of work the JIT cannot remove. */
  static final long TOKENS = 10;

  private Body() {}

  static void work() {
    Blackhole.consumeCPU(TOKENS);
  }
}
