package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shapes a response body by its schema, as the server's payload builders do: every declared
 * property, in the declared order, and nothing else. A property the record lacks gets the schema's
 * {@code default}, else null when nullable, else {@code []} for an array and {@code {}} for an
 * object; any other missing property is left out (the schema does not require it, or the
 * conformance tests fail).
 */
final class Shaper {
  private Shaper() {}

  static JsonElement shape(@Nullable JsonElement value, SchemaView schema) {
    if (value == null || value.isJsonNull()) {
      JsonElement filler = filler(schema);
      return filler == null ? JsonNull.INSTANCE : filler;
    }
    if (value.isJsonArray()) {
      SchemaView items = schema.items();
      return items == null ? value.deepCopy() : shapeAll(value.getAsJsonArray(), items);
    }
    if (value.isJsonObject()) {
      return shapeObject(value.getAsJsonObject(), schema);
    }
    return value;
  }

  private static JsonArray shapeAll(JsonArray values, SchemaView items) {
    JsonArray shaped = new JsonArray();
    for (JsonElement value : values) {
      shaped.add(shape(value, items));
    }
    return shaped;
  }

  private static JsonObject shapeObject(JsonObject value, SchemaView schema) {
    Map<String, SchemaView> properties = schema.properties();
    if (properties.isEmpty()) {
      return value.deepCopy(); // free-form, such as custom_attributes
    }
    JsonObject shaped = new JsonObject();
    for (Map.Entry<String, SchemaView> property : properties.entrySet()) {
      JsonElement present = value.get(property.getKey());
      JsonElement shapedValue =
          present == null ? filler(property.getValue()) : shape(present, property.getValue());
      if (shapedValue != null) {
        shaped.add(property.getKey(), shapedValue);
      }
    }
    return shaped;
  }

  /** What stands for an absent value, or null when nothing honest can. */
  private static @Nullable JsonElement filler(SchemaView schema) {
    if (schema.defaultValue != null) {
      return schema.defaultValue.deepCopy();
    }
    if (schema.nullable) {
      return JsonNull.INSTANCE;
    }
    if (schema.is("array")) {
      return new JsonArray();
    }
    return schema.isObject() ? shapeObject(new JsonObject(), schema) : null;
  }
}
