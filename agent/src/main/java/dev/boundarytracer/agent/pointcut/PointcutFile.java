package dev.boundarytracer.agent.pointcut;

import dev.boundarytracer.internal.PointcutStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code boundary.pointcuts}: the file's pointcuts, its problems printed one line each. */
public final class PointcutFile {
  private PointcutFile() {}

  /**
   * Reads and parses a pointcut file and declares its pointcuts to {@link PointcutStatus}.
   *
   * @param path the file as configured, not null
   * @param err receives one line per problem: a missing or unreadable file, each malformed line
   * @return the pointcuts of the well-formed lines; empty when the file cannot be read
   */
  public static List<Pointcut> load(String path, PrintStream err) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(path), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println(
          "[boundary-tracer] boundary.pointcuts="
              + path
              + ": no such file; expected a readable pointcut file (see the README). No pointcuts"
              + " apply; annotated methods are still profiled");
      return List.of();
    } catch (IOException | RuntimeException e) {
      err.println(
          "[boundary-tracer] boundary.pointcuts="
              + path
              + " cannot be read ("
              + e
              + "). No pointcuts apply; annotated methods are still profiled");
      return List.of();
    }
    PointcutParser.Result result = PointcutParser.parse(path, lines);
    for (String problem : result.problems()) {
      err.println("[boundary-tracer] " + problem);
    }
    List<Pointcut> declared = new ArrayList<>();
    for (Pointcut p : result.pointcuts()) {
      declared.add(p.withStatusId(PointcutStatus.declare(p.describe())));
    }
    return List.copyOf(declared);
  }
}
