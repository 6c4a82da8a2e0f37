package dev.boundarytracer.agent.weaving.locks;

import dev.boundarytracer.locks.LockRegistry;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Designates the locks that already exist when the agent is attached to a running JVM: the woven
 * stores only see values stored after the weaving, so the current values of designated static
 * fields ({@code @BoundaryLock} or {@code boundary.lock}) of classes loaded before are read and
 * designated here. An instance field cannot be read without its objects, which the agent cannot
 * find: such a field is recorded as not designated ({@link LockRegistry#notDesignated}), which the
 * report shows; objects created after the attach are designated by the woven constructor stores.
 *
 * <p>A class loaded but not yet initialised is initialised by the read (its static initialiser then
 * runs woven, and designates the value itself).
 */
public final class ExistingLocks {
  private ExistingLocks() {}

  /**
   * Reads and designates, once, after the weaving has retransformed the loaded classes.
   *
   * @param inst the JVM's instrumentation
   * @param classes the lock classes of the installed weaving, whose woven designated fields are
   *     read
   * @param warn receives one line per field that cannot be read
   */
  public static void designate(Instrumentation inst, LockClasses classes, Consumer<String> warn) {
    Map<String, Map<String, String>> fields = classes.designatedFields();
    if (fields.isEmpty()) {
      return;
    }
    for (Class<?> c : inst.getAllLoadedClasses()) {
      Map<String, String> designated = fields.get(c.getName());
      if (designated == null || c.getClassLoader() == null) {
        continue;
      }
      designated.forEach((field, lockName) -> designate(c, field, lockName, warn));
    }
  }

  private static void designate(Class<?> c, String name, String lockName, Consumer<String> warn) {
    String where = c.getName() + "#" + name;
    try {
      Field field = c.getDeclaredField(name);
      if (!Modifier.isStatic(field.getModifiers())) {
        LockRegistry.notDesignated(
            where,
            lockName,
            "instance field: objects created before the attach are not measured, later ones are");
        return;
      }
      field.setAccessible(true);
      LockRegistry.designate(field.get(null), lockName);
    } catch (Throwable t) {
      LockRegistry.notDesignated(where, lockName, "its value could not be read: " + t);
      warn.accept("lock field " + where + " could not be read at attach, not measured: " + t);
    }
  }
}
