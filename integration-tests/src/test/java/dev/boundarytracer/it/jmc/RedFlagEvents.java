package dev.boundarytracer.it.jmc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The {@code dev.boundarytracer.RedFlag} events the agent wrote at the end of a recording's last
 * chunk: the flags of the whole run, as the exit report has them.
 */
final class RedFlagEvents {
  private RedFlagEvents() {}

  /** One flag: the operation it is about, its id, its severity (WARNING or CRITICAL). */
  record Flag(String operation, String id, String severity) {}

  /**
   * The flags of the last chunk: the events within a second of the latest one (all of a chunk's
   * flags are written together when it ends).
   */
  static List<Flag> lastChunk(Path jfr) throws IOException {
    List<RecordedEvent> flags =
        RecordingFile.readAllEvents(jfr).stream()
            .filter(e -> e.getEventType().getName().equals("dev.boundarytracer.RedFlag"))
            .toList();
    Instant latest =
        flags.stream().map(RecordedEvent::getStartTime).max(Instant::compareTo).orElse(null);
    if (latest == null) {
      return List.of();
    }
    Instant from = latest.minus(Duration.ofSeconds(1));
    return flags.stream()
        .filter(e -> !e.getStartTime().isBefore(from))
        .map(
            e -> new Flag(e.getString("operation"), e.getString("flagId"), e.getString("severity")))
        .distinct()
        .toList();
  }

  /** The ids of the given flags, sorted. */
  static Set<String> ids(List<Flag> flags) {
    Set<String> ids = new TreeSet<>();
    flags.forEach(f -> ids.add(f.id()));
    return ids;
  }
}
