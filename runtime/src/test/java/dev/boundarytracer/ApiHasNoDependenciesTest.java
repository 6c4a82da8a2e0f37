package dev.boundarytracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The jar an application compiles against brings nothing onto its class path: its pom declares no
 * dependency outside the test scope, and its classes, read by the JDK's {@code jdeps}, reference
 * only {@code java.base} and the API's own package.
 */
class ApiHasNoDependenciesTest {

  private static Path apiClasses() throws Exception {
    return Path.of(
        BoundaryTracer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void pomDeclaresNoDependencyAnApplicationWouldInherit() throws Exception {
    Path pom = Path.of("pom.xml");
    assertTrue(Files.exists(pom), "run from the runtime module: " + pom.toAbsolutePath());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    NodeList deps = doc.getElementsByTagName("dependency");
    List<String> inherited = new ArrayList<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      NodeList scope = d.getElementsByTagName("scope");
      if (scope.getLength() == 0 || !scope.item(0).getTextContent().trim().equals("test")) {
        inherited.add(d.getElementsByTagName("artifactId").item(0).getTextContent().trim());
      }
    }
    assertEquals(List.of(), inherited, "dependencies outside the test scope in " + pom);
  }

  @Test
  void classesReferenceOnlyJavaBaseAndTheApiPackage() throws Exception {
    Path classes = apiClasses();
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> outside =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .map(p -> classes.relativize(p).toString().replace('\\', '/'))
              .filter(name -> !name.matches("dev/boundarytracer/[^/]+\\.class"))
              .toList();
      assertEquals(List.of(), outside, "classes outside the package dev.boundarytracer");
    }

    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int exit =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "-verbose:class",
            "--multi-release",
            "base",
            classes.toString());
    assertEquals(0, exit, out::toString);
    List<String> lines = out.toString().lines().filter(l -> l.contains(" -> ")).toList();
    assertTrue(lines.size() > 10, out::toString);
    List<String> foreign = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      // "<from> -> <to> <module>" per class, and one "<archive> -> <module>" summary line
      String target = parts.length >= 4 ? parts[2] : parts[parts.length - 1];
      String module = parts[parts.length - 1];
      boolean jdkBase =
          module.equals("java.base") && (parts.length < 4 || target.startsWith("java."));
      if (!jdkBase) {
        foreign.add(line.trim());
      }
    }
    assertEquals(List.of(), foreign, "references outside java.base (jdeps -verbose:class)");
  }
}
