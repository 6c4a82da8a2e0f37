package dev.boundarytracer.report;

import static dev.boundarytracer.report.ReportFixtures.insertMany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boundarytracer.flags.OperationFixture;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  private static final String TEXT = "boundary-tracer report (0 operations)\n\nµs\n";

  @TempDir Path dir;

  private ByteArrayOutputStream outBytes;
  private ByteArrayOutputStream errBytes;
  private PrintStream out;
  private PrintStream err;

  @BeforeEach
  void streams() {
    outBytes = new ByteArrayOutputStream();
    errBytes = new ByteArrayOutputStream();
    out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  }

  private String stdout() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String s) {
    return s.lines().toList();
  }

  @Test
  void jsonReportFileGetsTheModeOfAnyNewFile() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path json = dir.resolve("report.json");
    assertTrue(ReportFiles.writeJsonAtomically(json, OperationFixture.profile(), err));
    assertEquals(
        Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(json), "umask mode");
  }

  @Test
  void writesTextToStderr() {
    assertTrue(ReportFiles.writeText("stderr", TEXT, out, err));
    assertEquals(TEXT, stderr());
    assertEquals("", stdout());
  }

  @Test
  void writesTextToStdout() {
    assertTrue(ReportFiles.writeText("stdout", TEXT, out, err));
    assertEquals(TEXT, stdout());
    assertEquals("", stderr());
  }

  @Test
  void writesNothingWhenOff() {
    assertTrue(ReportFiles.writeText("off", TEXT, out, err));
    assertEquals("", stdout());
    assertEquals("", stderr());
  }

  @Test
  void treatsMissingDestinationAsStderr() {
    assertTrue(ReportFiles.writeText(null, TEXT, out, err));
    assertTrue(ReportFiles.writeText(" ", TEXT, out, err));
    assertEquals(TEXT + TEXT, stderr());
  }

  @Test
  void reportsFailingStdoutOnStderrAndReturnsFalse() {
    PrintStream broken =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("pipe closed");
              }
            });
    assertFalse(ReportFiles.writeText("stdout", TEXT, broken, err));
    assertEquals(
        List.of("[boundary-tracer] could not write the text report to stdout: stream error"),
        lines(stderr()));
  }

  @Test
  void writesTextToFileCreatingParentsAndOverwriting() throws IOException {
    Path file = dir.resolve("nested/deeper/report.txt");
    assertTrue(ReportFiles.writeText(file.toString(), "old and longer content\n", out, err));
    assertTrue(ReportFiles.writeText(file.toString(), TEXT, out, err));
    assertEquals(TEXT, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals("", stdout());
    assertEquals("", stderr());
  }

  @Test
  void reportsUnwritableTextPathOnOneLineAndReturnsFalse() throws IOException {
    Path blocker = Files.writeString(dir.resolve("plain-file"), "x");
    String target = blocker.resolve("sub/report.txt").toString();
    assertFalse(ReportFiles.writeText(target, TEXT, out, err));
    List<String> lines = lines(stderr());
    assertEquals(1, lines.size(), stderr());
    assertTrue(lines.get(0).startsWith("[boundary-tracer] could not write the text report to "));
    assertTrue(lines.get(0).contains(target), lines.get(0));
    assertEquals("", stdout());
  }

  @Test
  void reportsDirectoryAsTextPathOnOneLine() {
    assertFalse(ReportFiles.writeText(dir.toString(), TEXT, out, err));
    List<String> lines = lines(stderr());
    assertEquals(1, lines.size(), stderr());
    assertTrue(lines.get(0).startsWith("[boundary-tracer] "), lines.get(0));
    assertTrue(lines.get(0).contains(dir.toString()), lines.get(0));
  }

  @Test
  void writesJsonAtomicallyWithoutLeavingTemporaryFiles() throws IOException {
    ProfileSnapshot s = OperationFixture.profile(insertMany().build());
    Path file = dir.resolve("out/report.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"stale\": true}");
    assertTrue(ReportFiles.writeJsonAtomically(file, s, err));
    assertEquals(JsonReport.toJson(s), Files.readString(file, StandardCharsets.UTF_8));
    new ObjectMapper().readTree(file.toFile());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList());
    }
    assertEquals("", stderr());
  }

  @Test
  void createsParentDirectoriesForJson() {
    Path file = dir.resolve("a/b/report.json");
    assertTrue(ReportFiles.writeJsonAtomically(file, OperationFixture.profile(), err));
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void reportsUnwritableJsonPathOnOneLineAndReturnsFalse() throws IOException {
    Path blocker = Files.writeString(dir.resolve("plain-file"), "x");
    Path target = blocker.resolve("report.json");
    assertFalse(ReportFiles.writeJsonAtomically(target, OperationFixture.profile(), err));
    List<String> lines = lines(stderr());
    assertEquals(1, lines.size(), stderr());
    assertTrue(
        lines.get(0).startsWith("[boundary-tracer] could not write the JSON report to " + target),
        lines.get(0));
  }

  @Test
  void removesTemporaryFileWhenJsonMoveFails() throws IOException {
    Path target = Files.createDirectories(dir.resolve("report.json"));
    Files.writeString(target.resolve("keep"), "x");
    assertFalse(ReportFiles.writeJsonAtomically(target, OperationFixture.profile(), err));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
    assertEquals(1, lines(stderr()).size(), stderr());
  }
}
