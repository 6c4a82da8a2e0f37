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
}
