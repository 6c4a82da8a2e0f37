package dev.boundarytracer.jmc.recording;

import dev.boundarytracer.flags.Thresholds;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.ItemFilters;

/**
 * The thresholds a recording was judged with: the latest {@code dev.boundarytracer.Configuration}
 * event, or {@link Thresholds#DEFAULTS} when the recording has none (an agent that predates the
 * event, or a recording with the event disabled).
 */
final class RecordedThresholds {
  private RecordedThresholds() {}

  /**
   * Reads the thresholds.
   *
   * @param items the recording, not null
   * @return the recorded thresholds, or null when the recording carries none
   */
  static Thresholds read(IItemCollection items) {
    Thresholds latest = null;
    long latestEnd = Long.MIN_VALUE;
    for (IItemIterable iterable : items.apply(ItemFilters.type(BoundaryEventTypes.CONFIGURATION))) {
      EventFields f = new EventFields(iterable.getType());
      EventFields.Field extractTarget = f.field("extractTarget");
      EventFields.Field extractCritical = f.field("extractCritical");
      EventFields.Field convertTarget = f.field("convertTarget");
      EventFields.Field convertParallelDocs = f.field("convertParallelDocs");
      EventFields.Field materializeTarget = f.field("materializeTarget");
      EventFields.Field materializeCritical = f.field("materializeCritical");
      EventFields.Field lockHeldTarget = f.field("lockHeldTarget");
      EventFields.Field lockHeldCritical = f.field("lockHeldCritical");
      EventFields.Field lockReleasesTarget = f.field("lockReleasesTarget");
      EventFields.Field lockMismatch = f.field("lockMismatch");
      EventFields.Field lockContended = f.field("lockContended");
      EventFields.Field lockSaturated = f.field("lockSaturated");
      Thresholds d = Thresholds.DEFAULTS;
      for (IItem item : iterable) {
        long end = f.endEpochNanos(item);
        if (end < latestEnd) {
          continue;
        }
        latestEnd = end;
        latest =
            new Thresholds(
                longOr(extractTarget, item, d.extractTargetNanos()),
                longOr(extractCritical, item, d.extractCriticalNanos()),
                longOr(convertTarget, item, d.convertTargetNanos()),
                longOr(convertParallelDocs, item, d.convertParallelMinDocs()),
                longOr(materializeTarget, item, d.materializeTargetNanos()),
                longOr(materializeCritical, item, d.materializeCriticalNanos()),
                doubleOr(lockHeldTarget, item, d.lockHeldTarget()),
                doubleOr(lockHeldCritical, item, d.lockHeldCritical()),
                doubleOr(lockReleasesTarget, item, d.lockReleasesTarget()),
                doubleOr(lockMismatch, item, d.lockMismatchRatio()),
                doubleOr(lockContended, item, d.lockContendedRatio()),
                doubleOr(lockSaturated, item, d.lockSaturatedUtilization()));
      }
    }
    return latest;
  }

  private static long longOr(EventFields.Field field, IItem item, long fallback) {
    return field.present() ? field.asLong(item) : fallback;
  }

  private static double doubleOr(EventFields.Field field, IItem item, double fallback) {
    return field.present() ? field.asDouble(item) : fallback;
  }
}
