package dev.boundarytracer.agent.weaving.locks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What configuration designates: static fields named by {@code boundary.lock} ({@code
 * com.example.Driver#LOCK,...}) and extra class-name prefixes whose lock sites are woven ({@code
 * boundary.lockSites}). Immutable.
 *
 * @param fields the configured fields, never null
 * @param sitePrefixes class-name prefixes whose lock sites are woven besides the annotated classes:
 *     the configured prefixes plus the package of each configured field's class, never null
 */
public record LockTargets(List<Field> fields, List<String> sitePrefixes) {
  /** Nothing configured. */
  public static final LockTargets NONE = new LockTargets(List.of(), List.of());

  public LockTargets {
    fields = List.copyOf(fields);
    sitePrefixes = List.copyOf(sitePrefixes);
  }

  /**
   * A configured static field.
   *
   * @param className binary name of the declaring class, e.g. {@code com.example.Driver}
   * @param field the field's name
   */
  public record Field(String className, String field) {
    /** The lock's name in reports: {@code SimpleClassName.field}. */
    public String lockName() {
      String simple = className.substring(className.lastIndexOf('.') + 1);
      return simple.substring(simple.lastIndexOf('$') + 1) + "." + field;
    }
  }

  /**
   * Parses the two configuration values. Malformed entries are reported, one line each, and left
   * out; the rest still apply.
   *
   * @param locks {@code boundary.lock}, may be null or blank
   * @param sites {@code boundary.lockSites}, may be null or blank
   * @param warn receives one message per malformed entry
   * @return never null
   */
  public static LockTargets parse(String locks, String sites, Consumer<String> warn) {
    List<Field> fields = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (String entry : split(locks)) {
      int hash = entry.indexOf('#');
      String cls = hash > 0 ? entry.substring(0, hash) : "";
      String field = hash > 0 ? entry.substring(hash + 1) : "";
      if (!isQualifiedName(cls) || !isIdentifier(field)) {
        warn.accept(
            "boundary.lock entry '"
                + entry
                + "' is not a static field as Class#field; expected e.g."
                + " com.example.Driver#LOCK (several separated by commas). Entry ignored.");
        continue;
      }
      fields.add(new Field(cls, field));
      int dot = cls.lastIndexOf('.');
      prefixes.add(dot > 0 ? cls.substring(0, dot + 1) : cls);
    }
    for (String prefix : split(sites)) {
      if (!isQualifiedName(
          prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix)) {
        warn.accept(
            "boundary.lockSites entry '"
                + prefix
                + "' is not a class-name prefix; expected e.g. com.example.driver. Entry ignored.");
        continue;
      }
      prefixes.add(prefix);
    }
    return new LockTargets(fields, prefixes);
  }

  /** Whether lock sites of the named class are woven because of configuration. */
  public boolean weavesSitesOf(String className) {
    for (String prefix : sitePrefixes) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> split(String value) {
    List<String> parts = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          parts.add(part.trim());
        }
      }
    }
    return parts;
  }

  private static boolean isQualifiedName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(String s) {
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
