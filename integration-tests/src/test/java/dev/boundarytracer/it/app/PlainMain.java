package dev.boundarytracer.it.app;

/**
 * An application that never mentions the agent: no annotation, no API call. Prints {@code plain
 * done}.
 */
public final class PlainMain {
  private PlainMain() {}

  public static void main(String[] args) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append(i);
    }
    System.out.println("plain done " + b.length());
  }
}
