package dev.boundarytracer.agent.pointcut;

/** Checks of Java names as written in a pointcut file. Stateless. */
final class JavaNames {
  private JavaNames() {}

  /** {@code a.b.C}, {@code C}, {@code a.b.Outer$Inner}: identifiers separated by dots. */
  static boolean isQualifiedName(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      return false;
    }
    for (String part : name.split("\\.")) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  /** A Java identifier ({@code $} allowed, as in nested class names). */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A parameter type as the JVM names it: a simple name of a {@code java.lang} type ({@code
   * String}, {@code Object}, {@code Integer[]}) gets its package, as in Java source; anything else
   * is returned as given.
   *
   * @param type a type as written, array brackets allowed
   * @return the qualified type
   */
  static String qualifyJavaLang(String type) {
    int bracket = type.indexOf('[');
    String element = bracket < 0 ? type : type.substring(0, bracket);
    if (element.indexOf('.') >= 0
        || !isIdentifier(element)
        || Character.isLowerCase(element.charAt(0))) {
      return type;
    }
    try {
      Class.forName("java.lang." + element, false, null);
      return "java.lang." + type;
    } catch (ClassNotFoundException | LinkageError notJavaLang) {
      return type;
    }
  }
}
