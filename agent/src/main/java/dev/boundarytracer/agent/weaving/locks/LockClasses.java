package dev.boundarytracer.agent.weaving.locks;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The classes whose lock sites and synchronized methods are woven because objects of them are
 * designated locks, so that a designated object's {@code synchronized} methods (its own class's and
 * its superclasses') are measured without the class being named anywhere else.
 *
 * <p>A class enters by the declared type of a designated field (seen when the field's class is
 * woven, so a class loaded later is woven as it loads) or by the runtime class of a designated
 * object and its superclasses (loaded already: retransformed at once, on the designating thread).
 * JDK classes never enter: the weaving leaves them alone, so the synchronized methods of a
 * designated JDK object (a {@code Vector}) are not measured.
 *
 * <p>Thread-safe.
 */
public final class LockClasses {
  private final Set<String> names = ConcurrentHashMap.newKeySet();
  private final Set<String> woven = ConcurrentHashMap.newKeySet();
  private final Map<String, Map<String, String>> designatedFields = new ConcurrentHashMap<>();

  /**
   * Whether the named class is a designated object's class or superclass.
   *
   * @param className binary name
   * @return true if its synchronized methods are to be woven
   */
  public boolean contains(String className) {
    return names.contains(className);
  }

  /**
   * Adds the declared type of a designated field, before any object of it exists.
   *
   * @param className binary name of the field's type; JDK and array types are left out
   */
  void addDeclared(String className) {
    if (!isJdk(className) && !className.endsWith("[]")) {
      names.add(className);
    }
  }

  /**
   * Notes that the lock-site weaving ran on a class, so it needs no retransformation later.
   *
   * @param className binary name
   */
  void woven(String className) {
    woven.add(className);
  }

  /**
   * Notes the designated fields of a woven class, for {@link ExistingLocks} to read after an
   * attach.
   *
   * @param className binary name
   * @param fields field name to lock name; empty is not recorded
   */
  void fieldsWoven(String className, Map<String, String> fields) {
    if (!fields.isEmpty()) {
      designatedFields.put(className, Map.copyOf(fields));
    }
  }

  /**
   * The designated fields of the classes woven so far.
   *
   * @return binary class name to (field name to lock name); a snapshot, never null
   */
  Map<String, Map<String, String>> designatedFields() {
    return Map.copyOf(designatedFields);
  }

  /**
   * What {@code LockRegistry} calls for each newly designated object: adds its class and
   * superclasses (for a designated {@code Class}, that class: its static synchronized methods hold
   * it) and retransforms those loaded before without the lock-site weaving.
   *
   * @param inst the JVM's instrumentation
   * @param warn receives one line if retransformation fails
   * @return the listener, never null
   */
  public Consumer<Object> listener(Instrumentation inst, Consumer<String> warn) {
    return designated -> {
      List<Class<?>> stale = new ArrayList<>();
      Class<?> c = designated instanceof Class<?> k ? k : designated.getClass();
      for (; c != null && c.getClassLoader() != null; c = c.getSuperclass()) {
        String name = c.getName();
        if (isJdk(name) || c.isHidden() || c.isArray()) {
          continue;
        }
        names.add(name);
        if (!woven.contains(name) && inst.isModifiableClass(c)) {
          stale.add(c);
        }
      }
      if (stale.isEmpty()) {
        return;
      }
      try {
        inst.retransformClasses(stale.toArray(new Class<?>[0]));
      } catch (Throwable t) {
        warn.accept(
            "synchronized methods of "
                + stale
                + " (class of a designated lock) not woven, their holds are not measured: "
                + t);
      }
    };
  }

  private static boolean isJdk(String name) {
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("sun.")
        || name.startsWith("com.sun.")
        || name.startsWith("dev.boundarytracer.shaded.");
  }
}
