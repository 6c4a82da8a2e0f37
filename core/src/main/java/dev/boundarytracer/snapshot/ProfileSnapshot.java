package dev.boundarytracer.snapshot;

import java.util.List;

/**
 * Everything a report shows: the operations, sorted by name, the JVM's figures, and the pointcuts
 * of {@code boundary.pointcuts} that matched no method.
 *
 * @param operations one entry per operation name, never null
 * @param jvm process figures, not null
 * @param locks the designated locks that were acquired, in designation order, never null
 * @param unmatchedPointcuts each pointcut that matched no method so far, as {@code file:line text},
 *     in file order; never null, empty without a pointcut file
 * @param undesignatedLocks designated lock fields whose objects could not be designated (an
 *     instance field at attach), never null
 */
public record ProfileSnapshot(
    List<OperationSnapshot> operations,
    JvmSnapshot jvm,
    List<LockSnapshot> locks,
    List<String> unmatchedPointcuts,
    List<UndesignatedLock> undesignatedLocks) {
  public ProfileSnapshot {
    operations = List.copyOf(operations);
    locks = locks == null ? List.of() : List.copyOf(locks);
    unmatchedPointcuts = unmatchedPointcuts == null ? List.of() : List.copyOf(unmatchedPointcuts);
    undesignatedLocks = undesignatedLocks == null ? List.of() : List.copyOf(undesignatedLocks);
  }

  /** A snapshot in which every designated lock field could be designated. */
  public ProfileSnapshot(
      List<OperationSnapshot> operations,
      JvmSnapshot jvm,
      List<LockSnapshot> locks,
      List<String> unmatchedPointcuts) {
    this(operations, jvm, locks, unmatchedPointcuts, List.of());
  }

  /** A snapshot without designated locks or unmatched pointcuts. */
  public ProfileSnapshot(List<OperationSnapshot> operations, JvmSnapshot jvm) {
    this(operations, jvm, List.of(), List.of());
  }
}
