package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * {@code custom_attributes} sent are merged into the stored ones, key by key, never replacing the
 * whole object ({@code resolve_custom_attributes}).
 */
final class MergedCustomAttributes implements WriteRule {
  @Override
  public void apply(Write write) {
    JsonObject merged =
        write.stored == null
            ? new JsonObject()
            : Json.object(write.stored, "custom_attributes").deepCopy();
    JsonElement sent = write.params.get("custom_attributes");
    if (sent != null && sent.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : sent.getAsJsonObject().entrySet()) {
        merged.add(entry.getKey(), entry.getValue().deepCopy());
      }
    }
    write.set("custom_attributes", merged);
  }
}
