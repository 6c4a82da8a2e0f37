package dev.boundarytracer.it.app.startup;

/**
 * An application whose first operation is also the first use of the agent: {@code open_session} (a
 * constructor that spins 0.1 ms) activates it, then {@code lookup} (four phases, 1 ms) runs {@value
 * #LOOKUPS} times. Prints {@code first operation done} at the end.
 */
public final class FirstOperationMain {
  static final int LOOKUPS = 20;

  private FirstOperationMain() {}

  public static void main(String[] args) {
    long sink = new Session(1).token;
    for (int i = 0; i < LOOKUPS; i++) {
      sink ^= Catalog.lookup(i);
    }
    System.out.println("first operation done" + (sink == 42 ? " " : ""));
  }
}
