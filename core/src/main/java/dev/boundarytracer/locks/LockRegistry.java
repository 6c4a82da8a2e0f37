package dev.boundarytracer.locks;

import dev.boundarytracer.snapshot.UndesignatedLock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The designated lock objects and their names.
 *
 * <p>Thread-safe. Lookups ({@link #lockIdOf}, {@link #conditionLockIdOf}) read one volatile table,
 * published copy-on-write, and scan it by identity: no lock, no map, no allocation. Designation is
 * synchronized and rare (field stores). At most {@link #MAX_OBJECTS} objects are designated; past
 * that, one warning is printed and further objects are not measured. Designated objects are held
 * strongly, so designate long-lived locks (a static field or a few instances).
 */
public final class LockRegistry {
  /** Most objects (locks, their read/write halves and conditions together) that are designated. */
  public static final int MAX_OBJECTS = 256;

  private static volatile Table locks = Table.EMPTY;
  private static volatile Table conditions = Table.EMPTY;
  private static volatile String[] names = new String[0];
  private static boolean warned;
  private static volatile Consumer<Object> designationListener;
  private static volatile List<UndesignatedLock> undesignated = List.of();

  private LockRegistry() {}

  /** Objects and the lock id each belongs to, index by index; never mutated once published. */
  private record Table(Object[] objects, int[] ids) {
    static final Table EMPTY = new Table(new Object[0], new int[0]);

    Table plus(Object o, int id) {
      Object[] os = Arrays.copyOf(objects, objects.length + 1);
      int[] is = Arrays.copyOf(ids, ids.length + 1);
      os[objects.length] = o;
      is[ids.length] = id;
      return new Table(os, is);
    }

    int find(Object o) {
      Object[] os = objects;
      for (int i = 0; i < os.length; i++) {
        if (os[i] == o) {
          return ids[i];
        }
      }
      return -1;
    }
  }

  /**
   * The lock id of a designated object.
   *
   * @param o any object, may be null
   * @return the id, or -1 when {@code o} is not designated (or null)
   */
  public static int lockIdOf(Object o) {
    return locks.find(o);
  }

  /**
   * The lock id of the lock a designated condition belongs to.
   *
   * @param condition any object, may be null
   * @return the id, or -1 when the condition was not created by a designated lock at a woven site
   */
  public static int conditionLockIdOf(Object condition) {
    return conditions.find(condition);
  }

  /**
   * Designates an object under a name. A {@link ReentrantReadWriteLock} designates its read and
   * write locks too. An object designated already keeps its first name; null does nothing.
   *
   * <p>A newly designated object is then passed to the listener set by {@link #onDesignation}, on
   * the calling thread and outside this class's lock.
   *
   * @param o the lock object, may be null
   * @param name the lock's name, not null
   */
  public static void designate(Object o, String name) {
    if (add(o, name)) {
      Consumer<Object> listener = designationListener;
      if (listener != null) {
        listener.accept(o);
      }
    }
  }

  /**
   * Sets what learns of each newly designated object (the agent weaves its class's synchronized
   * methods). Replaces any earlier listener.
   *
   * @param listener called once per designated object, on the designating thread; may be null for
   *     none. Exceptions it throws reach the caller of {@link #designate}.
   */
  public static void onDesignation(Consumer<Object> listener) {
    designationListener = listener;
  }

  /**
   * Records a designated lock field whose objects could not be designated (reports list it).
   * Recording the same field again replaces nothing.
   *
   * @param field {@code com.example.Type#field}, not null
   * @param lockName the lock's name, not null
   * @param reason why, one sentence, not null
   */
  public static synchronized void notDesignated(String field, String lockName, String reason) {
    for (UndesignatedLock u : undesignated) {
      if (u.field().equals(field)) {
        return;
      }
    }
    List<UndesignatedLock> grown = new ArrayList<>(undesignated);
    grown.add(new UndesignatedLock(field, lockName, reason));
    undesignated = List.copyOf(grown);
  }

  /**
   * The fields recorded by {@link #notDesignated(String, String, String)}, in recording order.
   *
   * @return never null, unmodifiable
   */
  public static List<UndesignatedLock> notDesignated() {
    return undesignated;
  }

  private static synchronized boolean add(Object o, String name) {
    if (o == null || locks.find(o) >= 0) {
      return false;
    }
    int id = idOfName(name);
    if (!add(o, id)) {
      return false;
    }
    if (o instanceof ReentrantReadWriteLock rw) {
      add(rw.readLock(), id);
      add(rw.writeLock(), id);
    }
    return true;
  }

  /**
   * Records that a condition belongs to a designated lock, so {@code await} pauses its hold.
   *
   * @param condition the condition, may be null
   * @param lockId the lock's id, >= 0
   */
  public static synchronized void designateCondition(Condition condition, int lockId) {
    if (condition == null || conditions.find(condition) >= 0 || !room()) {
      return;
    }
    conditions = conditions.plus(condition, lockId);
  }

  /**
   * Whether any lock is designated.
   *
   * @return true once a first object was designated
   */
  public static boolean anyDesignated() {
    return names.length > 0;
  }

  /**
   * How many lock names exist; ids run from 0 to this count minus one.
   *
   * @return the count, >= 0
   */
  public static int size() {
    return names.length;
  }

  /**
   * The name of a lock id.
   *
   * @param id an id from {@link #lockIdOf}
   * @return the name
   * @throws ArrayIndexOutOfBoundsException if no lock has that id
   */
  public static String nameOf(int id) {
    return names[id];
  }

  /**
   * Forgets every designation, so that later operations are judged by their declarations again. For
   * tests of code that designates locks; the agent never calls it.
   */
  public static synchronized void forgetAll() {
    locks = Table.EMPTY;
    conditions = Table.EMPTY;
    names = new String[0];
    undesignated = List.of();
  }

  private static int idOfName(String name) {
    String[] ns = names;
    for (int i = 0; i < ns.length; i++) {
      if (ns[i].equals(name)) {
        return i;
      }
    }
    String[] grown = Arrays.copyOf(ns, ns.length + 1);
    grown[ns.length] = name;
    names = grown;
    return ns.length;
  }

  private static boolean add(Object o, int id) {
    if (!room()) {
      return false;
    }
    locks = locks.plus(o, id);
    return true;
  }

  private static boolean room() {
    if (locks.objects().length + conditions.objects().length < MAX_OBJECTS) {
      return true;
    }
    if (!warned) {
      warned = true;
      System.err.println(
          "[boundary-tracer] more than "
              + MAX_OBJECTS
              + " lock objects designated (an instance field with @BoundaryLock in many objects?);"
              + " further ones are not measured. Designate a static field or a few instances.");
    }
    return false;
  }
}
