package dev.boundarytracer.it.jmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.support.Artifacts;
import dev.boundarytracer.it.support.DemoRun;
import dev.boundarytracer.it.support.DemoRuns;
import dev.boundarytracer.it.support.JvmLauncher;
import dev.boundarytracer.it.support.JvmRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmc.flightrecorder.rules.report.JfrRulesReport;
import org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JMC's own headless reports, run in a JVM of their own with the rules jar on the class path, over
 * the demo's recordings: our rules appear beside JMC's JDK rules, with the severities and flag ids
 * of the {@code RedFlag} events the agent wrote in the same recording.
 */
class JmcHeadlessReportIT {
  private static final Pattern FLAG_ID = Pattern.compile("\\(([A-Z][A-Z_]+)\\)");

  @ParameterizedTest
  @ValueSource(strings = {"contended", "healthy"})
  void xmlReportAgreesWithTheAgentsRedFlags(String profile) throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava(profile);
    Map<String, Element> rules = xmlReport(demo);
    List<RedFlagEvents.Flag> flags = RedFlagEvents.lastChunk(demo.jfrPath());
    System.out.printf("[jmc] %s RedFlag events of the last chunk: %s%n", profile, flags);
    Set<String> reported = new TreeSet<>();
    for (Map.Entry<String, Set<String>> family : JmcRuleFamilies.FAMILIES.entrySet()) {
      Element rule = rules.get(family.getKey());
      assertTrue(rule != null, family.getKey() + " missing; rules: " + rules.keySet());
      List<RedFlagEvents.Flag> expected =
          flags.stream().filter(f -> family.getValue().contains(f.id())).toList();
      String severity = text(rule, "severity");
      String summary = text(rule, "summary");
      String explanation = text(rule, "explanation");
      System.out.printf("[jmc] %s %s %s: %s%n", profile, family.getKey(), severity, summary);
      String severityWanted = JmcRuleFamilies.expectedSeverity(expected);
      assertEquals(severityWanted, severity, family.getKey() + ": " + summary + " / " + expected);
      assertEquals(JmcRuleFamilies.expectedScore(severityWanted), text(rule, "score"));
      assertFalse(summary.isBlank(), family.getKey() + " summary");
      assertFalse(explanation.isBlank(), family.getKey() + " explanation");
      Set<String> ids = new TreeSet<>();
      Matcher m = FLAG_ID.matcher(summary + " " + explanation);
      while (m.find()) {
        ids.add(m.group(1));
      }
      assertEquals(RedFlagEvents.ids(expected), ids, family.getKey() + " flag ids");
      for (RedFlagEvents.Flag flag : expected) {
        assertTrue(
            explanation.contains(flag.operation() + ": ")
                || flag.id().equals("LOCK_SATURATED") && summary.contains(": "),
            family.getKey() + " names " + flag.operation() + ": " + explanation);
      }
      if (!expected.isEmpty()) {
        assertFalse(text(rule, "solution").isBlank(), family.getKey() + " solution");
      }
      reported.addAll(ids);
    }
    assertEquals(RedFlagEvents.ids(flags), reported, "every flag the agent raised");
  }

  @Test
  void contendedLockHeldIsAJmcWarningAndHealthyIsOk() throws Exception {
    Map<String, Element> contended = xmlReport(DemoRuns.onCurrentJava("contended"));
    Map<String, Element> healthy = xmlReport(DemoRuns.onCurrentJava("healthy"));
    assertEquals("Warning", text(contended.get("BoundaryLockHeld"), "severity"));
    assertTrue(
        text(contended.get("BoundaryLockHeld"), "summary").contains("from more threads (Amdahl)"),
        "Amdahl ceiling in " + text(contended.get("BoundaryLockHeld"), "summary"));
    assertEquals("OK", text(healthy.get("BoundaryLockHeld"), "severity"));
    assertEquals("OK", text(healthy.get("BoundaryConvertParallel"), "severity"));
    assertEquals("OK", text(healthy.get("BoundaryLockSaturation"), "severity"));
  }

  @Test
  void xmlReportKeepsJmcsOwnJdkRules() throws Exception {
    Map<String, Element> rules = xmlReport(DemoRuns.onCurrentJava("contended"));
    List<String> jdkRules = new ArrayList<>();
    for (String id : rules.keySet()) {
      if (!id.startsWith("Boundary")) {
        jdkRules.add(id);
      }
    }
    assertTrue(jdkRules.size() >= 30, "JMC's JDK rules: " + jdkRules);
    assertTrue(rules.keySet().containsAll(Set.of("GcPauseRatio", "HighGc", "MethodProfiling")));
  }

  @Test
  void htmlReportShowsOurRulesBesideJmcs() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("contended");
    Map<String, Element> rules = xmlReport(demo);
    Path dir = Artifacts.freshWorkDir("jmc-html-report");
    Path html = dir.resolve("report.html");
    JvmRun run =
        report(JfrHtmlRulesReport.class)
            .withArgs(demo.jfrPath().toString(), html.toString())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    for (String id : JmcRuleFamilies.FAMILIES.keySet()) {
      assertTrue(page.contains(text(rules.get(id), "name")), id + " in the HTML report");
    }
    assertTrue(
        page.contains(text(rules.get("BoundaryLockHeld"), "summary")),
        "the lock-held summary in the HTML report");
    assertTrue(page.contains(text(rules.get("HighGc"), "name")), "a JDK rule in the HTML report");
  }

  @Test
  void jsonReportCarriesANumericScoreForEveryBoundaryRule() throws Exception {
    DemoRun demo = DemoRuns.onCurrentJava("healthy");
    Path dir = Artifacts.freshWorkDir("jmc-json-report");
    JvmRun run =
        report(JfrRulesReport.class)
            .withArgs("-format", "json", demo.jfrPath().toString())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    // JMC writes the score unquoted and leaves it empty when a rule sets none, which breaks the
    // JSON; JMC's own rules do that at times, ours never.
    Matcher m =
        Pattern.compile("\"id\": \"(Boundary\\w+)\"[^}]*?\"score\": ([^,\\s]*),")
            .matcher(run.stdout());
    Set<String> scored = new TreeSet<>();
    while (m.find()) {
      assertTrue(m.group(2).matches("\\d+(\\.\\d+)?"), m.group(1) + " score " + m.group(2));
      scored.add(m.group(1));
    }
    assertEquals(JmcRuleFamilies.FAMILIES.keySet(), scored, "rules with a score in the JSON");
  }

  /** The rules of JMC's XML report (verbose: with explanation and solution), by id. */
  private static Map<String, Element> xmlReport(DemoRun demo) throws Exception {
    Path dir = Artifacts.freshWorkDir("jmc-xml-report-" + demo.profile() + "-" + System.nanoTime());
    JvmRun run =
        report(JfrRulesReport.class)
            .withArgs("-format", "xml", "-verbose", demo.jfrPath().toString())
            .run(dir);
    assertEquals(0, run.exitCode(), run::describe);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(run.stdout().getBytes(StandardCharsets.UTF_8)));
    Map<String, Element> rules = new TreeMap<>();
    NodeList nodes = xml.getElementsByTagName("rule");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element rule = (Element) nodes.item(i);
      rules.put(text(rule, "id"), rule);
    }
    return rules;
  }

  /** A JVM running one of JMC's report programs with JMC's jars and ours on the class path. */
  private static JvmLauncher report(Class<?> mainClass) {
    List<Path> classPath = new ArrayList<>();
    classPath.add(Artifacts.jmcRulesJar());
    classPath.addAll(List.of(Artifacts.libs("jmc")));
    return JvmLauncher.currentJava().withMainClass(mainClass, classPath.toArray(Path[]::new));
  }

  private static String text(Element rule, String child) {
    NodeList nodes = rule.getElementsByTagName(child);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }
}
