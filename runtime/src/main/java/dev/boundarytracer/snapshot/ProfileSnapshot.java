package dev.boundarytracer.snapshot;

import java.util.List;

/**
 * Everything a report shows: the operations, sorted by name, and the JVM's figures.
 *
 * @param operations one entry per operation name, never null
 * @param jvm process figures, not null
 */
public record ProfileSnapshot(List<OperationSnapshot> operations, JvmSnapshot jvm) {
  public ProfileSnapshot {
    operations = List.copyOf(operations);
  }
}
