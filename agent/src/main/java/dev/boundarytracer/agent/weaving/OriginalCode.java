package dev.boundarytracer.agent.weaving;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives loaded application classes back their original code, for a detach after a lazy start: the
 * lazy start's weaving kept no list of what it wove, so every modifiable class of an application
 * class loader is retransformed once the weaving's transformer is gone. Slow (a detach happens
 * once), never throws: a class that cannot be retransformed keeps its woven code, counted in the
 * message.
 */
final class OriginalCode {
  private OriginalCode() {}

  static void restoreApplicationClasses(Instrumentation inst) {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> type : inst.getAllLoadedClasses()) {
      if (type.getClassLoader() != null
          && inst.isModifiableClass(type)
          && !type.getName().startsWith("dev.boundarytracer.shaded.")) {
        classes.add(type);
      }
    }
    int failed = 0;
    for (Class<?> type : classes) {
      try {
        inst.retransformClasses(type);
      } catch (Throwable t) {
        failed++;
      }
    }
    if (failed > 0) {
      System.err.println(
          "[boundary-tracer] detach: "
              + failed
              + " of "
              + classes.size()
              + " application classes could not be given back their original code");
    }
  }
}
