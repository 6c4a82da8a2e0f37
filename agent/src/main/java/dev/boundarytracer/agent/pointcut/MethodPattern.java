package dev.boundarytracer.agent.pointcut;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.named;

import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The method part of a pointcut: a name ({@code saveAll}, {@code *} for every method, {@code
 * <init>} for constructors), optionally with its parameter types.
 *
 * @param name the method name, {@code *} or {@code <init>}
 * @param parameterTypes the erased parameter types in order, as Java names ({@code int}, {@code
 *     java.util.List}, {@code byte[]}); the simple names of {@code java.lang} types ({@code
 *     String}, {@code Object}, ...) are stored qualified; null when any parameters match
 */
public record MethodPattern(String name, List<String> parameterTypes) {
  /** Every method (not constructors). */
  static final String ANY = "*";

  /** Constructors. */
  static final String CONSTRUCTOR = "<init>";

  /**
   * Parses {@code name}, {@code name()} or {@code name(int, java.util.List)}.
   *
   * @param text the method part as written, not null
   * @return the pattern
   * @throws IllegalArgumentException if the name or a parameter type is not a Java name
   */
  public static MethodPattern parse(String text) {
    int open = text.indexOf('(');
    String name = open < 0 ? text : text.substring(0, open);
    if (!name.equals(ANY) && !name.equals(CONSTRUCTOR) && !JavaNames.isIdentifier(name)) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a method name: expected a Java name, * (every method) or <init>");
    }
    if (name.startsWith("lambda$")) {
      String[] parts = name.split("\\$");
      String enclosing = parts.length > 1 && !parts[1].isEmpty() ? "'" + parts[1] + "'" : "it";
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is a lambda's synthetic method, named by the compiler and not stable between"
              + " builds: name the enclosing method "
              + enclosing
              + " (the lambda's time is part of it) or a named method the lambda calls");
    }
    if (open < 0) {
      return new MethodPattern(name, null);
    }
    if (!text.endsWith(")")) {
      throw new IllegalArgumentException(
          "'" + text + "' has no closing ')': expected name(type, type, ...)");
    }
    String inside = text.substring(open + 1, text.length() - 1).trim();
    List<String> types = new ArrayList<>();
    if (!inside.isEmpty()) {
      for (String t : inside.split(",")) {
        String type = t.trim();
        String element = type.replace("[]", "");
        if (!JavaNames.isQualifiedName(element)) {
          throw new IllegalArgumentException(
              "'" + type + "' is not a parameter type: expected e.g. int, java.util.List, byte[]");
        }
        types.add(JavaNames.qualifyJavaLang(type));
      }
    }
    return new MethodPattern(name, List.copyOf(types));
  }

  /**
   * @return a matcher of the methods this pattern names (abstract and native ones included; the
   *     weaver skips those)
   */
  public ElementMatcher.Junction<MethodDescription> matcher() {
    ElementMatcher.Junction<MethodDescription> byName;
    if (name.equals(ANY)) {
      byName = isMethod();
    } else if (name.equals(CONSTRUCTOR)) {
      byName = isConstructor();
    } else {
      byName = isMethod().and(named(name));
    }
    if (parameterTypes == null) {
      return byName;
    }
    return byName.and(new ParameterTypes(parameterTypes));
  }

  @Override
  public String toString() {
    return parameterTypes == null ? name : name + "(" + String.join(", ", parameterTypes) + ")";
  }

  /** Matches methods whose erased parameter types are exactly the given Java names. */
  private static final class ParameterTypes
      extends ElementMatcher.Junction.AbstractBase<MethodDescription> {
    private final List<String> types;

    ParameterTypes(List<String> types) {
      this.types = types;
    }

    @Override
    public boolean matches(MethodDescription method) {
      List<? extends ParameterDescription> params = method.getParameters();
      if (params.size() != types.size()) {
        return false;
      }
      for (int i = 0; i < types.size(); i++) {
        net.bytebuddy.description.type.TypeDescription type = params.get(i).getType().asErasure();
        String wanted = types.get(i);
        if (!wanted.equals(type.getActualName()) && !wanted.equals(type.getName())) {
          return false;
        }
      }
      return true;
    }
  }
}
