package dev.boundarytracer.it.jmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.it.support.Artifacts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules jar as JMC's desktop application (an OSGi runtime) and its headless reports (a class
 * path) load it, checked against JMC 9's own bundles: the OSGi headers, the {@code plugin.xml}
 * contribution to {@code org.openjdk.jmc.flightrecorder.rules.ruleProvider}, the services file, and
 * the classes bundled inside.
 */
class JmcBundleIT {
  private static final String SERVICES =
      "META-INF/services/org.openjdk.jmc.flightrecorder.rules.IRule";
  private static final Pattern OSGI_VERSION =
      Pattern.compile("\\d+(\\.\\d+(\\.\\d+(\\.[A-Za-z0-9_-]+)?)?)?");
  private static final Pattern JMC_CLASS = Pattern.compile("org/openjdk/jmc/[A-Za-z0-9_/$]+");
  // Class names as the constant pool spells them; package-info is one too.
  private static final Pattern OWN_CLASS =
      Pattern.compile("dev/boundarytracer/[A-Za-z0-9_/$]+(?:-info)?");

  @Test
  void manifestIsASingletonBundleImportingWhatJmcExports() throws IOException {
    try (JarFile jar = new JarFile(Artifacts.jmcRulesJar().toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertEquals("2", main.getValue("Bundle-ManifestVersion"));
      String symbolicName = main.getValue("Bundle-SymbolicName");
      assertNotNull(symbolicName, "Bundle-SymbolicName");
      assertTrue(
          symbolicName.replace(" ", "").contains(";singleton:=true"),
          "plug-ins with extensions must be singletons: " + symbolicName);
      String version = main.getValue("Bundle-Version");
      assertTrue(OSGI_VERSION.matcher(version).matches(), "Bundle-Version " + version);
      assertEquals(
          jmcSymbolicName("flightrecorder.rules"),
          main.getValue("Require-Bundle"),
          "Require-Bundle names JMC's rules bundle");
      Set<String> imported = packages(main.getValue("Import-Package"));
      Set<String> exported = new TreeSet<>();
      for (String jmcJar : List.of("common-", "flightrecorder-", "flightrecorder.rules-")) {
        exported.addAll(packages(jmcManifest(jmcJar).getValue("Export-Package")));
      }
      assertTrue(
          exported.containsAll(imported),
          "imports JMC does not export: " + difference(imported, exported));
      Set<String> used = referencedJmcPackages(jar);
      assertTrue(
          imported.containsAll(used),
          "JMC packages used, not imported: " + difference(used, imported));
    }
  }

  @Test
  void pluginXmlContributesToJmcsRuleProviderExtensionPoint() throws Exception {
    Element ours;
    try (JarFile jar = new JarFile(Artifacts.jmcRulesJar().toFile())) {
      ours = onlyExtension(xml(jar, "plugin.xml"));
    }
    String pointId;
    Element jdkRules;
    try (JarFile rules = new JarFile(jmcJar("flightrecorder.rules-").toFile());
        JarFile jdk = new JarFile(jmcJar("flightrecorder.rules.jdk-").toFile())) {
      Element point =
          (Element) xml(rules, "plugin.xml").getElementsByTagName("extension-point").item(0);
      pointId = jmcSymbolicName("flightrecorder.rules") + "." + point.getAttribute("id");
      jdkRules = onlyExtension(xml(jdk, "plugin.xml"));
    }
    assertEquals("org.openjdk.jmc.flightrecorder.rules.ruleProvider", pointId);
    assertEquals(pointId, ours.getAttribute("point"), "the extension point contributed to");
    assertEquals(
        childNames(jdkRules), childNames(ours), "elements, as JMC's own JDK rules contribute them");
  }

  @Test
  void servicesFileNamesRulesJmcCanInstantiate() throws Exception {
    Path jarPath = Artifacts.jmcRulesJar();
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      JarEntry services = jar.getJarEntry(SERVICES);
      assertNotNull(services, SERVICES);
      try (InputStream in = jar.getInputStream(services)) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .forEach(names::add);
      }
    }
    assertEquals(JmcRuleFamilies.FAMILIES.size(), names.size(), "one rule per family: " + names);
    Set<String> ids = new HashSet<>();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jarPath.toUri().toURL()}, IRule.class.getClassLoader())) {
      for (String name : names) {
        Class<?> type = Class.forName(name, true, loader);
        assertTrue(IRule.class.isAssignableFrom(type), name + " implements IRule");
        IRule rule = (IRule) type.getConstructor().newInstance();
        assertTrue(ids.add(rule.getId()), "duplicate id " + rule.getId());
        assertTrue(rule.getResults().contains(TypedResult.SCORE), rule.getId() + " has a score");
        assertTrue(
            rule.getRequiredEvents().containsKey("dev.boundarytracer.Operation"),
            rule.getId() + " requires the Operation event");
      }
    }
    assertEquals(JmcRuleFamilies.FAMILIES.keySet(), ids, "rule ids");
  }

  @Test
  void carriesEveryProjectClassItUsesAndNoOtherLibrary() throws IOException {
    try (JarFile jar = new JarFile(Artifacts.jmcRulesJar().toFile())) {
      Set<String> missing = new TreeSet<>();
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.getName().endsWith(".class")) {
          continue;
        }
        Matcher m = OWN_CLASS.matcher(classText(jar, entry));
        while (m.find()) {
          if (jar.getJarEntry(m.group() + ".class") == null) {
            missing.add(m.group());
          }
        }
        assertTrue(
            entry.getName().startsWith("dev/boundarytracer/"), "foreign class " + entry.getName());
      }
      assertEquals(Set.of(), missing, "project classes used but not bundled");
    }
  }

  private static Set<String> referencedJmcPackages(JarFile jar) throws IOException {
    Set<String> packages = new TreeSet<>();
    for (JarEntry entry : Collections.list(jar.entries())) {
      if (entry.getName().endsWith(".class")) {
        Matcher m = JMC_CLASS.matcher(classText(jar, entry));
        while (m.find()) {
          String name = m.group();
          packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
        }
      }
    }
    return packages;
  }

  private static String classText(JarFile jar, JarEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /** Package names of an OSGi header (Import-Package, Export-Package), without attributes. */
  private static Set<String> packages(String header) {
    Set<String> names = new TreeSet<>();
    if (header == null) {
      return names;
    }
    // Split on commas outside quotes: attributes such as x-friends:="a,b" contain commas.
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : (header + ",").toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        String clause = current.toString().trim();
        if (!clause.isEmpty()) {
          names.add(clause.split(";")[0].trim());
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return names;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Path jmcJar(String prefix) {
    for (Path jar : Artifacts.libs("jmc")) {
      if (jar.getFileName().toString().startsWith(prefix)) {
        return jar;
      }
    }
    throw new AssertionError("no " + prefix + "*.jar in the JMC libraries");
  }

  private static Attributes jmcManifest(String prefix) throws IOException {
    try (JarFile jar = new JarFile(jmcJar(prefix).toFile())) {
      return jar.getManifest().getMainAttributes();
    }
  }

  private static String jmcSymbolicName(String artifact) throws IOException {
    return jmcManifest(artifact + "-").getValue("Bundle-SymbolicName").split(";")[0].trim();
  }

  private static Document xml(JarFile jar, String name) throws Exception {
    JarEntry entry = jar.getJarEntry(name);
    assertNotNull(entry, name + " in " + jar.getName());
    try (InputStream in = jar.getInputStream(entry)) {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(in.readAllBytes()));
    }
  }

  private static Element onlyExtension(Document plugin) {
    assertEquals("plugin", plugin.getDocumentElement().getNodeName());
    NodeList extensions = plugin.getElementsByTagName("extension");
    assertEquals(1, extensions.getLength(), "extensions");
    return (Element) extensions.item(0);
  }

  private static List<String> childNames(Element element) {
    List<String> names = new ArrayList<>();
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        names.add(child.getNodeName() + child.getAttributes().getLength());
      }
    }
    return names;
  }
}
