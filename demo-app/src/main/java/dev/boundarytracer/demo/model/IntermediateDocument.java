package dev.boundarytracer.demo.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intermediate form of a document, as extract produces it and convert encodes it: field names
 * and values in two parallel arrays, in field order. Values are plain Java values (String, Integer,
 * Long, Double, Boolean, Instant or Date, a nested {@code IntermediateDocument} or Map, a List, or
 * anything the bson library has a codec for). Cheap to build: no map entries, no copying of
 * strings. The arrays are not copied; treat them as read-only.
 *
 * @param names field names
 * @param values field values, same length as names
 */
public record IntermediateDocument(String[] names, Object[] values) {

  public IntermediateDocument {
    if (names.length != values.length) {
      throw new IllegalArgumentException(
          names.length + " field names but " + values.length + " values");
    }
  }

  /**
   * The number of fields.
   *
   * @return >= 0
   */
  public int size() {
    return names.length;
  }

  /**
   * The value of a field.
   *
   * @param name the field's name
   * @return the value, or null when there is no such field
   */
  public Object get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  /**
   * A map copy, with nested intermediate documents copied to maps too; for tests and debugging.
   *
   * @return a new insertion-ordered map
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      Object value = values[i];
      map.put(names[i], toPlain(value));
    }
    return map;
  }

  private static Object toPlain(Object value) {
    if (value instanceof IntermediateDocument nested) {
      return nested.toMap();
    }
    if (value instanceof Object[] array) {
      List<Object> list = new ArrayList<>(array.length);
      for (Object element : array) {
        list.add(toPlain(element));
      }
      return list;
    }
    return value;
  }
}
