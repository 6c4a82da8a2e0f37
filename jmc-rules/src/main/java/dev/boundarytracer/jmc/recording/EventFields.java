package dev.boundarytracer.jmc.recording;

import java.util.Map;
import org.openjdk.jmc.common.IDescribable;
import org.openjdk.jmc.common.IMCThread;
import org.openjdk.jmc.common.item.IAccessorKey;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.JfrAttributes;

/**
 * The fields of one event type as JMC's parser exposes them, looked up by the field names the
 * agent's event classes declare, and read in the units the rules compute with. A field the type
 * lacks (a recording of an older agent) reads as 0, false or the empty string.
 *
 * <p>Not thread-safe; one instance per {@link IType} while its items are read.
 */
final class EventFields {
  private final IType<IItem> type;
  private final IMemberAccessor<IQuantity, IItem> duration;
  private final IMemberAccessor<IQuantity, IItem> endTime;
  private final IMemberAccessor<IMCThread, IItem> thread;

  EventFields(IType<IItem> type) {
    this.type = type;
    this.duration = JfrAttributes.DURATION.getAccessor(type);
    this.endTime = JfrAttributes.END_TIME.getAccessor(type);
    this.thread = JfrAttributes.EVENT_THREAD.getAccessor(type);
  }

  /** The accessor of the named field, or null when the type has no such field. */
  IMemberAccessor<?, IItem> accessor(String field) {
    for (Map.Entry<IAccessorKey<?>, ? extends IDescribable> e : type.getAccessorKeys().entrySet()) {
      if (e.getKey().getIdentifier().equals(field)) {
        return type.getAccessor(e.getKey());
      }
    }
    return null;
  }

  /** A field reader bound to one field name. */
  Field field(String name) {
    return new Field(accessor(name));
  }

  /** The event's duration in nanoseconds, 0 for an instant event. */
  long durationNanos(IItem item) {
    IQuantity q = duration == null ? null : duration.getMember(item);
    return q == null ? 0 : q.clampedLongValueIn(UnitLookup.NANOSECOND);
  }

  /** The event's end as nanoseconds since the epoch, 0 when unknown. */
  long endEpochNanos(IItem item) {
    IQuantity q = endTime == null ? null : endTime.getMember(item);
    return q == null ? 0 : q.clampedLongValueIn(UnitLookup.EPOCH_NS);
  }

  /** The thread the event was committed on, or null. */
  IMCThread thread(IItem item) {
    return thread == null ? null : thread.getMember(item);
  }

  /** One field of the type, read in the unit its annotation gives. */
  static final class Field {
    private final IMemberAccessor<?, IItem> accessor;

    Field(IMemberAccessor<?, IItem> accessor) {
      this.accessor = accessor;
    }

    private Object value(IItem item) {
      return accessor == null ? null : accessor.getMember(item);
    }

    /** A {@code long} count, or a {@code @Timespan} in nanoseconds; 0 when absent. */
    long asLong(IItem item) {
      Object v = value(item);
      if (v instanceof IQuantity q) {
        return q.getUnit().getContentType() == UnitLookup.TIMESPAN
            ? q.clampedLongValueIn(UnitLookup.NANOSECOND)
            : q.longValue();
      }
      return v instanceof Number n ? n.longValue() : 0;
    }

    /** A {@code double}; a {@code @Percentage} as a fraction (0.5 for 50 %); 0 when absent. */
    double asDouble(IItem item) {
      Object v = value(item);
      if (v instanceof IQuantity q) {
        return q.getUnit().getContentType() == UnitLookup.PERCENTAGE
            ? q.doubleValueIn(UnitLookup.PERCENT_UNITY)
            : q.doubleValue();
      }
      return v instanceof Number n ? n.doubleValue() : 0.0;
    }

    /** A {@code String}, the empty string when absent. */
    String asString(IItem item) {
      Object v = value(item);
      return v == null ? "" : v.toString();
    }

    /** A {@code boolean}, false when absent. */
    boolean asBoolean(IItem item) {
      return Boolean.TRUE.equals(value(item));
    }

    /** Whether the event type has this field. */
    boolean present() {
      return accessor != null;
    }
  }
}
