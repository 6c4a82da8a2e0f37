package dev.boundarytracer.demo.model;

import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * A document read from the user's JSON Lines input: the application object of an {@code --input}
 * run. Its {@code _id}, if any, is replaced by the bridge's own id.
 *
 * @param body the parsed document; treated as read-only
 */
public record JsonDocument(Document body) implements SourceDocument {
  private static final String[] CATEGORY_FIELDS = {"category", "type", "status", "kind"};
  private static final int MAX_CATEGORY = 64;

  public JsonDocument {
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String category() {
    for (String field : CATEGORY_FIELDS) {
      if (body.get(field) instanceof String value && !value.isEmpty()) {
        return value.length() <= MAX_CATEGORY ? value : value.substring(0, MAX_CATEGORY);
      }
    }
    return "document";
  }

  @Override
  public IntermediateDocument extract(long id) {
    int size = body.size() + (body.containsKey("_id") ? 0 : 1);
    String[] names = new String[size];
    Object[] values = new Object[size];
    names[0] = "_id";
    values[0] = id;
    int i = 1;
    for (Map.Entry<String, Object> field : body.entrySet()) {
      if (!"_id".equals(field.getKey())) {
        names[i] = field.getKey();
        values[i++] = field.getValue();
      }
    }
    return new IntermediateDocument(names, values);
  }
}
