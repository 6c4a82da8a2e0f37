package dev.boundarytracer.agent.weaving;

import dev.boundarytracer.DocCount;
import java.util.Collection;
import java.util.Map;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * The {@link DocCount} parameter of a woven method, and how its value becomes a document count.
 *
 * @param parameter the parameter, or null when the method has none (or an unsupported one)
 * @param numeric true for primitive integers (passed as {@code long}), false for Collection, Map
 *     and arrays (passed as {@code Object} and sized at run time)
 */
record DocCountParameter(ParameterDescription.InDefinedShape parameter, boolean numeric) {
  static final DocCountParameter NONE = new DocCountParameter(null, true);

  /**
   * Finds the method's {@code @DocCount} parameter.
   *
   * @param method the method being woven
   * @param warnings receives one line per unsupported use
   * @return the parameter, or {@link #NONE}
   */
  static DocCountParameter of(MethodDescription.InDefinedShape method, Warnings warnings) {
    for (ParameterDescription.InDefinedShape p : method.getParameters()) {
      if (!p.getDeclaredAnnotations().isAnnotationPresent(DocCount.class)) {
        continue;
      }
      TypeDescription type = p.getType().asErasure();
      if (type.represents(int.class)
          || type.represents(long.class)
          || type.represents(short.class)
          || type.represents(byte.class)) {
        return new DocCountParameter(p, true);
      }
      if (type.isArray()
          || type.isAssignableTo(Collection.class)
          || type.isAssignableTo(Map.class)) {
        return new DocCountParameter(p, false);
      }
      warnings.warn(
          "@DocCount on parameter "
              + p.getIndex()
              + " of "
              + Weaving.describe(method)
              + " has type "
              + type.getName()
              + "; accepted: int, long, short, byte, Collection, Map or an array. Ignored.");
      return NONE;
    }
    return NONE;
  }

  boolean present() {
    return parameter != null;
  }
}
