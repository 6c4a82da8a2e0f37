package dev.boundarytracer.report;

import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Delivers rendered reports to where the user asked: a standard stream, nowhere, or a file.
 *
 * <p>Nothing here throws to the caller: a failure (an unwritable or invalid path, a full disk, a
 * closed stream) becomes one line on the given stderr, prefixed {@code [boundary-tracer] }, naming
 * the destination and what went wrong, and the method returns {@code false}. The application keeps
 * running. Files are written in UTF-8. Stateless and thread-safe.
 */
public final class ReportFiles {

  /** The prefix of every line this class prints. */
  static final String PREFIX = "[boundary-tracer] ";

  private ReportFiles() {}

  /**
   * Writes a text report to a destination.
   *
   * @param destination {@code stderr}, {@code stdout}, {@code off} (write nothing), or a file path
   *     (parent directories are created, an existing file is overwritten); the keywords are
   *     case-insensitive; null or blank means {@code stderr}
   * @param text the report, not null
   * @param stdout the stream behind {@code stdout}, not null
   * @param stderr the stream behind {@code stderr}, and where failures are reported, not null
   * @return true when written (or when {@code off}), false after reporting a failure on stderr
   */
  public static boolean writeText(
      String destination, String text, PrintStream stdout, PrintStream stderr) {
    String target = destination == null || destination.isBlank() ? "stderr" : destination.trim();
    try {
      if (target.equalsIgnoreCase("off")) {
        return true;
      }
      if (target.equalsIgnoreCase("stderr")) {
        return printTo(stderr, text, "stderr", stderr);
      }
      if (target.equalsIgnoreCase("stdout")) {
        return printTo(stdout, text, "stdout", stderr);
      }
      Path path = Path.of(target).toAbsolutePath();
      createParent(path);
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return true;
    } catch (Exception e) {
      fail(stderr, "text report", target, e);
      return false;
    }
  }

  /**
   * Writes the JSON report to a file atomically, reporting failures on {@link System#err}.
   *
   * @see #writeJsonAtomically(Path, ProfileSnapshot, PrintStream)
   */
  public static boolean writeJsonAtomically(Path path, ProfileSnapshot s) {
    return writeJsonAtomically(path, s, System.err);
  }

  /**
   * Writes the JSON report to a file atomically: into a temporary file in the same directory, then
   * moved over {@code path} with {@code ATOMIC_MOVE} (a plain replacing move where the file system
   * does not support it). Readers never see a half-written report. Parent directories are created.
   *
   * @param path the report file, not null
   * @param s the snapshot, not null
   * @param stderr where a failure is reported, not null
   * @return true when written, false after reporting a failure on stderr
   */
  public static boolean writeJsonAtomically(Path path, ProfileSnapshot s, PrintStream stderr) {
    Path temp = null;
    try {
      Path target = path.toAbsolutePath();
      createParent(target);
      // Not Files.createTempFile: it creates the file as -rw------- whatever the umask, and the
      // report would keep that mode after the move. A new file made here gets the umask's mode.
      temp =
          target.resolveSibling(
              target.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "."
                  + Long.toHexString(System.nanoTime())
                  + ".tmp");
      try (Writer out =
          Files.newBufferedWriter(
              temp,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE)) {
        JsonReport.write(s, out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return true;
    } catch (Exception e) {
      fail(stderr, "JSON report", String.valueOf(path), e);
      return false;
    } finally {
      deleteQuietly(temp);
    }
  }

  private static boolean printTo(PrintStream stream, String text, String name, PrintStream stderr) {
    stream.print(text);
    stream.flush();
    if (stream.checkError()) {
      if (stream != stderr) {
        stderr.println(PREFIX + "could not write the text report to " + name + ": stream error");
      }
      return false;
    }
    return true;
  }

  private static void createParent(Path path) throws IOException {
    Path parent = path.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException | RuntimeException ignored) {
      // best effort: the temporary file is left behind
    }
  }

  private static void fail(PrintStream stderr, String what, String destination, Exception e) {
    stderr.println(
        PREFIX + "could not write the " + what + " to " + destination + ": " + reason(e));
    stderr.flush();
  }

  /** A short, human reason: {@code permission denied (/var/log)}, {@code not a directory (...)}. */
  static String reason(Exception e) {
    if (e instanceof FileSystemException) {
      FileSystemException fse = (FileSystemException) e;
      String what;
      if (e instanceof AccessDeniedException) {
        what = "permission denied";
      } else if (e instanceof NoSuchFileException) {
        what = "no such file or directory";
      } else if (e instanceof NotDirectoryException) {
        what = "not a directory";
      } else if (e instanceof FileAlreadyExistsException && fse.getFile() != null) {
        return fse.getFile() + " exists and is not a directory";
      } else if (fse.getReason() != null) {
        what = fse.getReason();
      } else {
        what = e.getClass().getSimpleName();
      }
      return fse.getFile() == null ? what : what + " (" + fse.getFile() + ")";
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
