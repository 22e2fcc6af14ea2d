package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A success answer: a status and a JSON body shaped by the operation's response schema, or no body
 * (204). Bodies use the server's envelopes: {@code {"payload": X}}, and {@code {"payload": [X],
 * "meta": {"count": N}}} for lists.
 */
final class Reply {
  final int status;
  final @Nullable JsonElement body;

  private Reply(int status, @Nullable JsonElement body) {
    this.status = status;
    this.body = body;
  }

  static Reply one(Call call, int status, JsonObject record) {
    JsonObject envelope = new JsonObject();
    envelope.add("payload", record);
    return shaped(call, status, envelope);
  }

  static Reply list(Call call, List<JsonObject> records) {
    JsonArray payload = new JsonArray();
    for (JsonObject record : records) {
      payload.add(record);
    }
    JsonObject meta = new JsonObject();
    meta.addProperty("count", records.size());
    JsonObject envelope = new JsonObject();
    envelope.add("payload", payload);
    envelope.add("meta", meta);
    return shaped(call, call.operation.successStatus, envelope);
  }

  static Reply noContent() {
    return new Reply(204, null);
  }

  /** Shaped by the spec, then by the server line's response rules. */
  private static Reply shaped(Call call, int status, JsonObject envelope) {
    SchemaView schema = call.operation.response;
    JsonElement shaped = schema == null ? envelope : Shaper.shape(envelope, schema);
    if (shaped.isJsonObject()) {
      for (ResponseRule rule : call.rules.responses()) {
        rule.apply(shaped.getAsJsonObject());
      }
    }
    return new Reply(status, shaped);
  }
}
