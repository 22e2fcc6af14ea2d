package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * What a new record holds before the request fills it: its table's column defaults, from the
 * server's migration ({@code create_scheduling_core}). Values the request sent, null included, win.
 */
final class ColumnDefaults implements WriteRule {
  private final JsonObject defaults;

  /** {@code defaults} is a JSON object: {@code {"status": "scheduled", "payments": []}}. */
  ColumnDefaults(String defaults) {
    this.defaults = JsonParser.parseString(defaults).getAsJsonObject();
  }

  @Override
  public void apply(Write write) {
    if (!write.creating()) {
      return;
    }
    for (Map.Entry<String, JsonElement> column : defaults.entrySet()) {
      if (!write.draft.has(column.getKey())) {
        write.set(column.getKey(), column.getValue().deepCopy());
      }
    }
  }
}
