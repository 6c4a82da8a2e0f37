package dev.boundarytracer.recording;

import java.util.Arrays;

/**
 * Numbers woven methods. The number is a constant in the woven code, so the hot path reaches a
 * method's {@link MethodSpec} by one array index.
 *
 * <p>Thread-safe: registration is synchronized (weave time only); reads are a volatile array load.
 */
public final class MethodRegistry {
  private static volatile MethodSpec[] specs = new MethodSpec[0];

  private MethodRegistry() {}

  /**
   * Registers a method and returns its id.
   *
   * @param spec what the method is, not null
   * @return the method id, >= 0
   */
  public static synchronized int register(MethodSpec spec) {
    MethodSpec[] grown = Arrays.copyOf(specs, specs.length + 1);
    grown[specs.length] = spec;
    specs = grown;
    return specs.length - 1;
  }

  /**
   * The spec of a registered method.
   *
   * @param methodId an id returned by {@link #register}
   * @return the spec
   * @throws ArrayIndexOutOfBoundsException if the id was never registered
   */
  public static MethodSpec get(int methodId) {
    return specs[methodId];
  }
}
