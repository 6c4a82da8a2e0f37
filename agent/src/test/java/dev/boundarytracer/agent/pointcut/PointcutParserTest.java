package dev.boundarytracer.agent.pointcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

class PointcutParserTest {

  private static PointcutParser.Result parse(String... lines) {
    return PointcutParser.parse("p.txt", List.of(lines));
  }

  private static Pointcut one(String line) {
    PointcutParser.Result r = parse(line);
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.pointcuts().size());
    return r.pointcuts().get(0);
  }

  @Test
  void parsesAnOperationWithExactClassParametersAndDocsFromAParameter() {
    Pointcut p = one("operation save_all com.example.Repo#saveAll(java.util.List, int) docs=1");
    assertTrue(p.isOperation());
    assertEquals("save_all", p.operation());
    assertEquals(new TypePattern(TypePattern.Kind.EXACT, "com.example.Repo"), p.type());
    assertEquals("saveAll", p.method().name());
    assertEquals(List.of("java.util.List", "int"), p.method().parameterTypes());
    assertEquals(DocSource.parameter(1), p.docs());
    assertEquals("p.txt:1", p.source());
  }

  @Test
  void parsesAPhaseOnSubtypesWithLockOperationAndReturnDocs() {
    Pointcut p =
        one("phase network +java.sql.Statement#executeBatch lock=held operation=jdbc docs=return");
    assertEquals(Phase.NETWORK, p.phase());
    assertEquals(LockUse.HELD, p.lock());
    assertEquals("jdbc", p.operation());
    assertEquals(TypePattern.Kind.SUBTYPE, p.type().kind());
    assertEquals("java.sql.Statement", p.type().name());
    assertNull(p.method().parameterTypes(), "no parentheses: any parameters");
    assertEquals(DocSource.RETURN, p.docs());
  }

  @Test
  void acceptsTheSimpleNamesOfJavaLangTypesAsParameters() {
    assertEquals(
        List.of("java.lang.String", "java.lang.Object[]", "int", "com.example.Order"),
        one("phase CONVERT com.example.Codec#encode(String, Object[], int, com.example.Order)")
            .method()
            .parameterTypes());
  }

  @Test
  void aLambdaMethodIsRejectedWithTheEnclosingMethodToName() {
    PointcutParser.Result r = parse("phase CONVERT com.example.Codec#lambda$encodeAll$0");
    assertEquals(List.of(), r.pointcuts());
    assertEquals(1, r.problems().size());
    String problem = r.problems().get(0);
    assertTrue(problem.contains("'lambda$encodeAll$0' is a lambda's synthetic method"), problem);
    assertTrue(problem.contains("name the enclosing method 'encodeAll'"), problem);
  }

  @Test
  void parsesPackagePrefixesAnyMethodAndConstructors() {
    assertEquals(
        TypePattern.Kind.PACKAGE, one("phase CONVERT com.example.codec.*#*").type().kind());
    assertEquals("<init>", one("operation build com.example.Builder#<init>()").method().name());
    assertEquals(
        List.of(), one("operation build com.example.Builder#<init>()").method().parameterTypes());
  }

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
    PointcutParser.Result r = parse("# comment", "", "  ", "phase EXTRACT a.B#c");
    assertEquals(1, r.pointcuts().size());
    assertEquals("p.txt:4", r.pointcuts().get(0).source());
  }

  @Test
  void reportsEachMalformedLineWithFileLineAndWhatIsExpectedAndKeepsTheRest() {
    PointcutParser.Result r =
        parse(
            "phase EXTRACT a.B#c",
            "phase SERIALIZE a.B#c",
            "operation x a.B",
            "operation x 1a.B#c",
            "operation x a.B#c lock=held",
            "phase CONVERT a.B#c docs=-1",
            "phase CONVERT a.B#c(int",
            "phase CONVERT a.B#c color=red",
            "phase CONVERT a.B#c operation=",
            "phase MATERIALIZE a.B#d");
    assertEquals(2, r.pointcuts().size());
    List<String> problems = r.problems();
    assertEquals(8, problems.size(), problems.toString());
    assertEquals(
        "pointcut file p.txt line 2: 'SERIALIZE' is not a phase: expected EXTRACT, CONVERT,"
            + " NETWORK or MATERIALIZE; line ignored",
        problems.get(0));
    assertTrue(
        problems
            .get(1)
            .startsWith(
                "pointcut file p.txt line 3: 'operation x a.B' is malformed: expected 'operation <name> <class>#<method>'"),
        problems.get(1));
    assertTrue(problems.get(2).contains("line 4: '1a.B' is not a class"), problems.get(2));
    assertTrue(
        problems.get(3).contains("line 5: lock= and operation= apply to phases only"),
        problems.get(3));
    assertTrue(
        problems.get(4).contains("line 6: docs=-1 is not valid: expected a parameter index"),
        problems.get(4));
    assertTrue(problems.get(5).contains("line 7: "), problems.get(5));
    assertTrue(problems.get(6).contains("line 8: 'color=red' is not an option"), problems.get(6));
    assertTrue(problems.get(7).contains("line 9: operation= needs a name"), problems.get(7));
  }

  @Test
  void matchesSubtypesByTheirHierarchyAndMethodsByNameAndParameters() {
    Pointcut p = one("phase NETWORK +java.util.AbstractList#get(int)");
    TypeDescription arrayList = TypeDescription.ForLoadedType.of(ArrayList.class);
    TypeDescription hashMap = TypeDescription.ForLoadedType.of(HashMap.class);
    assertTrue(p.type().matcher().matches(arrayList));
    assertFalse(p.type().matcher().matches(hashMap));
    MethodDescription get =
        arrayList.getDeclaredMethods().filter(m -> m.getName().equals("get")).getOnly();
    assertTrue(p.method().matcher().matches(get));
    MethodDescription size =
        arrayList.getDeclaredMethods().filter(m -> m.getName().equals("size")).getOnly();
    assertFalse(p.method().matcher().matches(size));
    assertFalse(
        one("phase NETWORK +java.util.Map#get(long)")
            .method()
            .matcher()
            .matches(
                TypeDescription.ForLoadedType.of(Map.class)
                    .getDeclaredMethods()
                    .filter(m -> m.getName().equals("get"))
                    .getOnly()));
  }
}
