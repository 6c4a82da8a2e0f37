package dev.boundarytracer.jmc.recording;

import dev.boundarytracer.Phase;
import dev.boundarytracer.flags.RedFlagRules;
import dev.boundarytracer.flags.Thresholds;
import dev.boundarytracer.snapshot.OperationSnapshot;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.ItemFilters;

/**
 * What a recording says about the boundary: the operations and designated locks rebuilt from the
 * agent's events, judged by the agent's own red-flag rules ({@link RedFlagRules}) against the
 * thresholds the recording carries.
 *
 * <p>Where the figures come from: per-call {@code Operation} and {@code Phase} events (complete
 * with the agent's {@code boundary.jfc}); a phase whose per-call events were thresholded away falls
 * back to its {@code PhaseStatistics} intervals; locks come from the latest {@code LockStatistics}
 * event of each lock. On a recording the agent wrote, the flags equal the {@code RedFlag} events of
 * its last chunk.
 *
 * @param profile the operations and locks, with the flags each raises, never null
 * @param thresholds the limits judged against, never null
 * @param thresholdsRecorded true when they come from the recording's {@code Configuration} event,
 *     false when they are {@link Thresholds#DEFAULTS} because it has none
 */
public record RecordedProfile(
    ProfileSnapshot profile, Thresholds thresholds, boolean thresholdsRecorded) {

  /**
   * Reads and judges a recording.
   *
   * @param items the recording's events (or a time range of them), not null
   * @return the judged profile; without operations when the recording has no boundary events
   */
  public static RecordedProfile read(IItemCollection items) {
    Thresholds recorded = RecordedThresholds.read(items);
    Thresholds thresholds = recorded != null ? recorded : Thresholds.DEFAULTS;
    Map<String, OperationTally> operations = new TreeMap<>();
    readOperations(items, operations);
    readPhases(items, operations);
    readPhaseStatistics(items, operations);
    List<OperationSnapshot> snapshots = new ArrayList<>();
    for (OperationTally tally : operations.values()) {
      snapshots.add(tally.snapshot());
    }
    ProfileSnapshot profile =
        new ProfileSnapshot(snapshots, null, RecordedLocks.read(items), List.of());
    return new RecordedProfile(
        RedFlagRules.withRedFlags(profile, thresholds), thresholds, recorded != null);
  }

  private static OperationTally tally(Map<String, OperationTally> operations, String name) {
    return operations.computeIfAbsent(name, OperationTally::new);
  }

  private static void readOperations(IItemCollection items, Map<String, OperationTally> ops) {
    for (IItemIterable iterable : items.apply(ItemFilters.type(BoundaryEventTypes.OPERATION))) {
      EventFields f = new EventFields(iterable.getType());
      EventFields.Field operation = f.field("operation");
      EventFields.Field docs = f.field("docs");
      EventFields.Field held = f.field("lockHeldTime");
      EventFields.Field releases = f.field("lockReleases");
      EventFields.Field parallel = f.field("parallel");
      EventFields.Field allocated = f.field("allocated");
      EventFields.Field failed = f.field("failed");
      EventFields.Field wait = f.field("lockWaitTime");
      EventFields.Field acquisitions = f.field("lockAcquisitions");
      EventFields.Field source = f.field("lockSource");
      for (IItem item : iterable) {
        tally(ops, operation.asString(item))
            .addCall(
                f.durationNanos(item),
                f.endEpochNanos(item),
                failed.asBoolean(item),
                docs.asLong(item),
                held.asLong(item),
                releases.asLong(item),
                parallel.asBoolean(item),
                allocated.asLong(item),
                "MEASURED".equals(source.asString(item)),
                wait.asLong(item),
                acquisitions.asLong(item));
      }
    }
  }

  private static void readPhases(IItemCollection items, Map<String, OperationTally> ops) {
    for (IItemIterable iterable : items.apply(ItemFilters.type(BoundaryEventTypes.PHASE))) {
      EventFields f = new EventFields(iterable.getType());
      EventFields.Field operation = f.field("operation");
      EventFields.Field phase = f.field("phase");
      EventFields.Field lockUse = f.field("lockUse");
      EventFields.Field failed = f.field("failed");
      EventFields.Field threads = f.field("parallelThreads");
      EventFields.Field tasks = f.field("tasks");
      EventFields.Field taskCpu = f.field("taskCpuTime");
      EventFields.Field held = f.field("lockHeldTime");
      EventFields.Field wait = f.field("lockWaitTime");
      EventFields.Field acquisitions = f.field("lockAcquisitions");
      EventFields.Field source = f.field("lockSource");
      for (IItem item : iterable) {
        Phase p = phaseOf(phase.asString(item));
        if (p == null) {
          continue;
        }
        tally(ops, operation.asString(item))
            .phase(p)
            .addCall(
                f.durationNanos(item),
                failed.asBoolean(item),
                "HELD".equals(lockUse.asString(item)),
                (int) threads.asLong(item),
                tasks.asLong(item),
                taskCpu.asLong(item),
                "MEASURED".equals(source.asString(item)),
                held.asLong(item),
                wait.asLong(item),
                acquisitions.asLong(item));
      }
    }
  }

  private static void readPhaseStatistics(IItemCollection items, Map<String, OperationTally> ops) {
    for (IItemIterable iterable :
        items.apply(ItemFilters.type(BoundaryEventTypes.PHASE_STATISTICS))) {
      EventFields f = new EventFields(iterable.getType());
      EventFields.Field operation = f.field("operation");
      EventFields.Field phase = f.field("phase");
      EventFields.Field count = f.field("count");
      EventFields.Field mean = f.field("mean");
      EventFields.Field p50 = f.field("p50");
      EventFields.Field p99 = f.field("p99");
      EventFields.Field max = f.field("max");
      for (IItem item : iterable) {
        Phase p = phaseOf(phase.asString(item));
        if (p == null || count.asLong(item) == 0) {
          continue;
        }
        tally(ops, operation.asString(item))
            .phase(p)
            .addInterval(
                count.asLong(item),
                mean.asLong(item),
                p50.asLong(item),
                p99.asLong(item),
                max.asLong(item));
      }
    }
  }

  private static Phase phaseOf(String name) {
    for (Phase p : Phase.values()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }
}
