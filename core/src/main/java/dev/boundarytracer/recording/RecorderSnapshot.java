package dev.boundarytracer.recording;

import dev.boundarytracer.snapshot.Distributions;
import dev.boundarytracer.snapshot.LockSnapshot;
import dev.boundarytracer.snapshot.OperationSnapshot;
import java.util.List;

/**
 * One reading of a {@link Recorder}: the operations, the designated locks and the duration
 * distributions behind the operations' percentiles, taken together.
 *
 * @param operations one entry per operation with calls, sorted by name, without red flags; never
 *     null
 * @param locks one entry per designated lock acquired at least once, in designation order, without
 *     red flags; never null
 * @param distributions the histograms of the same calls, never null
 */
public record RecorderSnapshot(
    List<OperationSnapshot> operations, List<LockSnapshot> locks, Distributions distributions) {
  public RecorderSnapshot {
    operations = List.copyOf(operations);
    locks = List.copyOf(locks);
  }
}
