package dev.boundarytracer.agent.weaving;

import java.lang.instrument.Instrumentation;
import java.util.HashSet;
import java.util.Set;

/**
 * The loaded classes an attach considers for weaving: those the weaving could change.
 *
 * <p>Byte Buddy's retransformation otherwise describes every loaded class from its class file
 * before its ignore rule can skip it; on the demo (about 4500 loaded classes, most of them the
 * JDK's) locating and reading those class files was most of an attach's CPU time: the attaching
 * thread used 0.82 s of CPU with every loaded class considered, 0.51 s with this selection. (The
 * wall time of an attach is mostly waiting for a core while the application keeps them busy.) The
 * JDK's own classes (boot and platform loaders, {@code java.}/{@code jdk.}/{@code sun.} names),
 * hidden and array classes and the agent's own relocated libraries are left out here, by looking at
 * the {@link Class} objects alone.
 */
final class AttachCandidates {
  private AttachCandidates() {}

  /**
   * @param inst the JVM's instrumentation
   * @return the loaded, modifiable classes of application class loaders, never null
   */
  static Set<Class<?>> of(Instrumentation inst) {
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    Set<Class<?>> out = new HashSet<>();
    for (Class<?> c : inst.getAllLoadedClasses()) {
      ClassLoader loader = c.getClassLoader();
      if (loader == null
          || loader == platform
          || c.isArray()
          || c.isPrimitive()
          || c.isHidden()
          || jdkName(c.getName())
          || !inst.isModifiableClass(c)) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private static boolean jdkName(String name) {
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("sun.")
        || name.startsWith("com.sun.")
        || name.startsWith("dev.boundarytracer.shaded.");
  }
}
