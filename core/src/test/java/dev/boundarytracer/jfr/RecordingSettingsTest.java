package dev.boundarytracer.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jdk.jfr.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSettingsTest {
  @Test
  void defaultSettingsKeepOnlySlowCallsAndEveryPeriodicEvent() throws Exception {
    Map<String, String> s = RecordingSettings.resolve("default").getSettings();
    assertEquals("10 ms", s.get("dev.boundarytracer.Phase#threshold"));
    assertEquals("20 ms", s.get("dev.boundarytracer.Operation#threshold"));
    assertEquals("10 ms", s.get("dev.boundarytracer.LockHold#threshold"));
    assertEquals("1 s", s.get("dev.boundarytracer.PhaseStatistics#period"));
    assertEquals("1 s", s.get("dev.boundarytracer.LockStatistics#period"));
    assertEquals("endChunk", s.get("dev.boundarytracer.RedFlag#period"));
  }

  @Test
  void profileSettingsRecordEveryCall() throws Exception {
    Map<String, String> s = RecordingSettings.resolve("PROFILE").getSettings();
    assertEquals("0 ms", s.get("dev.boundarytracer.Phase#threshold"));
    assertEquals("0 ms", s.get("dev.boundarytracer.Operation#threshold"));
    assertEquals("1 ms", s.get("dev.boundarytracer.LockHold#threshold"));
  }

  @Test
  void bothFilesEnableTheSameEvents() throws Exception {
    assertEquals(
        enabled(RecordingSettings.resolve("default")),
        enabled(RecordingSettings.resolve("profile")));
    assertEquals(8, enabled(RecordingSettings.resolve(null)).size());
    // Phase, Operation, RedFlag, PhaseStatistics, LockHold, LockStatistics, Task, Configuration
  }

  @Test
  void aPathNamesAnyJfcFile(@TempDir Path dir) throws Exception {
    Path jfc = dir.resolve("mine.jfc");
    Files.writeString(
        jfc,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><configuration version=\"2.0\">"
            + "<event name=\"dev.boundarytracer.Phase\"><setting name=\"threshold\">1 ms</setting>"
            + "</event></configuration>");
    assertEquals(
        "1 ms",
        RecordingSettings.forAgent(jfc.toString(), System.err)
            .getSettings()
            .get("dev.boundarytracer.Phase#threshold"));
  }

  @Test
  void anUnreadableChoiceIsOneLineAndTheDefault(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Configuration c = RecordingSettings.forAgent(dir.resolve("missing.jfc").toString(), err);
    assertEquals("10 ms", c.getSettings().get("dev.boundarytracer.Phase#threshold"));
    String line = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, line.lines().count(), line);
    assertTrue(line.contains("boundary.jfr.settings="), line);
    assertTrue(line.contains("default, profile or the path of a .jfc file"), line);
  }

  private static Set<String> enabled(Configuration c) {
    Set<String> names = new TreeSet<>();
    c.getSettings()
        .forEach(
            (k, v) -> {
              if (k.endsWith("#enabled") && v.equals("true")) {
                names.add(k.substring(0, k.indexOf('#')));
              }
            });
    return names;
  }
}
