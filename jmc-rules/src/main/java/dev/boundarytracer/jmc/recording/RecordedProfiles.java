package dev.boundarytracer.jmc.recording;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.openjdk.jmc.common.item.IItemCollection;

/**
 * One {@link RecordedProfile} per item collection, shared by the rules that JMC evaluates over the
 * same recording (often on several threads at once), so it is read once. Entries go when JMC drops
 * the collection. Thread-safe.
 */
public final class RecordedProfiles {
  private static final Map<IItemCollection, RecordedProfile> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private RecordedProfiles() {}

  /**
   * The judged profile of a recording, read on first use.
   *
   * @param items the recording's events, not null
   * @return the profile, never null
   */
  public static RecordedProfile of(IItemCollection items) {
    return CACHE.computeIfAbsent(items, RecordedProfile::read);
  }
}
