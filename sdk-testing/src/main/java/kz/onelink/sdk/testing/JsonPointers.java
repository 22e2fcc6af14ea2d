package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import org.jspecify.annotations.Nullable;

/** Follows a JSON pointer ({@code /work_rules/0/weekday}) through a body, or through its schema. */
final class JsonPointers {
  private JsonPointers() {}

  static @Nullable JsonElement value(JsonElement root, String pointer) {
    JsonElement current = root;
    for (String segment : segments(pointer)) {
      if (current.isJsonObject()) {
        current = current.getAsJsonObject().get(segment);
      } else if (current.isJsonArray() && segment.matches("\\d+")) {
        int index = Integer.parseInt(segment);
        current =
            index < current.getAsJsonArray().size() ? current.getAsJsonArray().get(index) : null;
      } else {
        current = null;
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  static @Nullable SchemaView schema(SchemaView root, String pointer) {
    SchemaView current = root;
    for (String segment : segments(pointer)) {
      current = current.is("array") ? current.items() : current.property(segment);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private static String[] segments(String pointer) {
    String trimmed = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
