package dev.boundarytracer.it.app.startup;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;

/**
 * A phase far too short and frequent to time cheaply: {@code tokenize} makes {@value #PHASE_CALLS}
 * calls of a phase that adds two numbers, {@value #OPERATIONS} times. Prints {@code tiny done}.
 */
public final class TinyPhasesMain {
  public static final int OPERATIONS = 5;
  public static final int PHASE_CALLS = 100_000;

  private TinyPhasesMain() {}

  public static void main(String[] args) {
    long sink = 0;
    for (int i = 0; i < OPERATIONS; i++) {
      sink += tokenize(i);
    }
    System.out.println("tiny done" + (sink == 42 ? " " : ""));
  }

  @BoundaryOperation("tokenize")
  static long tokenize(long seed) {
    long x = seed;
    for (int i = 0; i < PHASE_CALLS; i++) {
      x = step(x, i);
    }
    return x;
  }

  @BoundaryPhase(Phase.CONVERT)
  static long step(long x, int i) {
    return x + i;
  }
}
