package dev.boundarytracer.agent.pointcut;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The class part of a pointcut: one class by its exact name, every class of a package and its
 * subpackages ({@code com.example.*}), or every subtype of a class or interface ({@code
 * +java.sql.Statement}, the type itself included).
 *
 * @param kind how {@code name} is matched
 * @param name a fully qualified class name, or for {@link Kind#PACKAGE} a package name
 */
public record TypePattern(Kind kind, String name) {
  /** How the name is matched. */
  public enum Kind {
    /** The class of that name. */
    EXACT,
    /** Every class whose name starts with the package name and a dot. */
    PACKAGE,
    /** Every class with that class or interface anywhere in its hierarchy. */
    SUBTYPE
  }

  /**
   * Parses {@code com.example.Repo}, {@code com.example.*} or {@code +com.example.Base}.
   *
   * @param text the class part as written, not null
   * @return the pattern
   * @throws IllegalArgumentException if the text is not a Java class or package name in one of
   *     these forms
   */
  public static TypePattern parse(String text) {
    if (text.startsWith("+")) {
      return new TypePattern(Kind.SUBTYPE, checkedName(text.substring(1), text));
    }
    if (text.endsWith(".*")) {
      return new TypePattern(Kind.PACKAGE, checkedName(text.substring(0, text.length() - 2), text));
    }
    return new TypePattern(Kind.EXACT, checkedName(text, text));
  }

  /**
   * @return a matcher of the types this pattern names
   */
  public ElementMatcher.Junction<TypeDescription> matcher() {
    switch (kind) {
      case PACKAGE:
        return nameStartsWith(name + ".");
      case SUBTYPE:
        return new Resolving(hasSuperType(named(name)));
      default:
        return named(name);
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case PACKAGE:
        return name + ".*";
      case SUBTYPE:
        return "+" + name;
      default:
        return name;
    }
  }

  private static String checkedName(String name, String written) {
    if (!JavaNames.isQualifiedName(name)) {
      throw new IllegalArgumentException(
          "'"
              + written
              + "' is not a class: expected com.example.Type, com.example.* (a package)"
              + " or +com.example.Type (its subtypes)");
    }
    return name;
  }

  /**
   * A hierarchy walk that treats a supertype that cannot be resolved (an optional dependency
   * missing from the class path) as no match, instead of an error for every such class.
   */
  private static final class Resolving
      extends ElementMatcher.Junction.AbstractBase<TypeDescription> {
    private final ElementMatcher<TypeDescription> delegate;

    Resolving(ElementMatcher<TypeDescription> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean matches(TypeDescription type) {
      try {
        return delegate.matches(type);
      } catch (RuntimeException | LinkageError unresolvable) {
        return false;
      }
    }
  }
}
