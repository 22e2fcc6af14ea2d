package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a record is created or changed: the request's values are permitted and read like Rails,
 * linked ids looked up (404), the request validated against the spec (422), merged into the record
 * (a key left out keeps its value, null clears it), then the collection's write rules run, and the
 * record is saved, {@code updated_at} moving only when something changed.
 */
final class Writes {
  private final Rules rules;
  private final RequestValidation validation;

  Writes(Rules rules, RequestValidation validation) {
    this.rules = rules;
    this.validation = validation;
  }

  /** A create ({@code stored} null) or update from the client's body. */
  JsonObject fromBody(Call call, @Nullable JsonObject stored) {
    SchemaView schema = call.operation.requestBody;
    JsonObject params = schema == null ? new JsonObject() : Coercion.permit(call.body, schema);
    Write write = start(call, call.operation.collection, call.operation.item(), stored, params);
    for (WriteRule lookup : rules.lookups(call.operation.collection)) {
      lookup.apply(write);
    }
    validation.check(call.operation, call.path, call.query, params);
    return finish(write, call.operation.collection);
  }

  /**
   * An update with values the server chose, as an action makes it: not validated, not looked up.
   */
  JsonObject update(Call call, JsonObject stored, JsonObject params) {
    String collection = call.operation.collection;
    return finish(start(call, collection, null, stored, params), collection);
  }

  /**
   * A new record of {@code collection} made on the client's behalf (a child of the path's item).
   */
  JsonObject create(Call call, String collection, @Nullable SchemaView item, JsonObject params) {
    return finish(start(call, collection, item, null, params), collection);
  }

  private static Write start(
      Call call,
      String collection,
      @Nullable SchemaView item,
      @Nullable JsonObject stored,
      JsonObject params) {
    JsonObject draft = stored == null ? newRecord(call, collection, item) : stored.deepCopy();
    return new Write(call, params, stored, draft);
  }

  private JsonObject finish(Write write, String collection) {
    merge(write.params, write.draft);
    for (WriteRule rule : rules.writes(collection)) {
      rule.apply(write);
    }
    Table table = write.records().table(collection);
    JsonObject stored = write.stored;
    if (stored == null) {
      table.insert(write.draft);
      return write.draft;
    }
    write.draft.add("updated_at", stored.get("updated_at"));
    if (stored.equals(write.draft)) {
      return stored; // like Rails: no change, no UPDATE, updated_at stays
    }
    write.draft.addProperty("updated_at", write.call.timestamp());
    table.put(write.draft);
    return write.draft;
  }

  /** An id from the sequence, the account, the timestamps, and the item schema's defaults. */
  private static JsonObject newRecord(Call call, String collection, @Nullable SchemaView item) {
    JsonObject record = new JsonObject();
    record.addProperty("id", call.records().table(collection).peekId());
    record.addProperty("account_id", call.account.id);
    if (item != null) {
      for (Map.Entry<String, SchemaView> property : item.properties().entrySet()) {
        JsonElement defaultValue = property.getValue().defaultValue;
        if (defaultValue != null) {
          record.add(property.getKey(), defaultValue.deepCopy());
        }
      }
    }
    record.addProperty("created_at", call.timestamp());
    record.addProperty("updated_at", call.timestamp());
    return record;
  }

  /** Each value sent replaces the stored one; text is stripped and blank text clears. */
  private static void merge(JsonObject params, JsonObject draft) {
    for (Map.Entry<String, JsonElement> param : params.entrySet()) {
      JsonElement value = param.getValue();
      boolean text = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
      draft.add(param.getKey(), text ? Json.of(Json.text(value)) : value.deepCopy());
    }
  }
}
