package dev.boundarytracer.it.app.startup;

import dev.boundarytracer.BoundaryOperation;

/** The first annotated class to load: its constructor is an operation that spins 0.1 ms. */
public final class Session {
  final long token;

  @BoundaryOperation("open_session")
  public Session(long seed) {
    token = Spin.forNanos(100_000, seed);
  }
}
