package dev.boundarytracer.snapshot;

import java.util.List;

/**
 * Everything a report shows: the operations, sorted by name, and the JVM's figures.
 *
 * @param operations one entry per operation name, never null
 * @param jvm process figures, not null
 * @param locks the designated locks that were acquired, in designation order, never null
 */
public record ProfileSnapshot(
    List<OperationSnapshot> operations, JvmSnapshot jvm, List<LockSnapshot> locks) {
  public ProfileSnapshot {
    operations = List.copyOf(operations);
    locks = locks == null ? List.of() : List.copyOf(locks);
  }

  /** A profile without designated locks. */
  public ProfileSnapshot(List<OperationSnapshot> operations, JvmSnapshot jvm) {
    this(operations, jvm, List.of());
  }
}
