package dev.boundarytracer.agent.analyze;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads every event of a recording file once, turning the ways a file can be unusable into one
 * {@link AnalyzeException} each: missing, a directory, unreadable, not a recording, truncated.
 */
final class RecordingEvents {
  /** Receives each event. */
  interface Visitor {
    void accept(RecordedEvent e) throws AnalyzeException;
  }

  private RecordingEvents() {}

  /**
   * Checks that the path names a readable file.
   *
   * @throws AnalyzeException when it does not
   */
  static void checkFile(Path file) throws AnalyzeException {
    if (Files.isDirectory(file)) {
      throw new AnalyzeException(file + " is a directory: give a .jfr recording file");
    }
    if (!Files.exists(file)) {
      throw new AnalyzeException(file + " does not exist: give a .jfr recording file");
    }
    if (!Files.isReadable(file)) {
      throw new AnalyzeException(file + " cannot be read");
    }
  }

  /**
   * Visits every event in file order.
   *
   * @throws AnalyzeException when the file is not a complete JFR recording, or the visitor throws
   */
  static void forEach(Path file, Visitor visitor) throws AnalyzeException {
    checkFile(file);
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        visitor.accept(recording.readEvent());
      }
    } catch (EOFException e) {
      throw new AnalyzeException(
          file + " is truncated: the recording ends inside a chunk (copy it again once written)");
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new AnalyzeException(file + " is not a readable JFR recording (" + why + ")");
    }
  }
}
