package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a record is created or changed, in the server's order: the raw body meets the line's body
 * rules; its keys are permitted and read like Rails; linked ids are looked up (404); the request is
 * validated against the spec (a value it cannot read is a 422 now, a value its model refuses is a
 * model error for later); the values are merged into the record (a key left out keeps its value,
 * null clears it); the collection's write rules run; then the save: model errors (422, or 409 for a
 * taken key), a column the value does not fit (500), and {@code updated_at} moving only when
 * something changed.
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
    String collection = call.operation.collection;
    Body body = body(call, collection, stored);
    JsonObject answer = body.answer();
    if (answer != null) {
      return answer;
    }
    SchemaView schema = call.operation.requestBody;
    JsonObject params = schema == null ? new JsonObject() : Coercion.permit(body.raw, schema);
    Write write = start(call, collection, call.operation.item(), stored, params);
    for (WriteRule lookup : rules.lookups(collection)) {
      lookup.apply(write);
    }
    validated(write, validation.check(call.operation, call.path, call.query, params));
    return finish(write, collection);
  }

  /** The raw body after {@code collection}'s body rules, which may have answered the request. */
  Body body(Call call, String collection, @Nullable JsonObject stored) {
    Body body = new Body(call, stored, call.body.deepCopy(), this);
    for (BodyRule rule : rules.bodies(collection)) {
      rule.apply(body);
      if (body.answer() != null) {
        break;
      }
    }
    return body;
  }

  /** Keeps what the spec's validation found for the save. */
  static void validated(Write write, RequestValidation.Outcome outcome) {
    write.errors.addAll(outcome.errors);
    if (outcome.int4Overflow) {
      write.failOnSave(ApiError.rails(500, "Internal Server Error"));
    }
  }

  /**
   * An update with values the server chose, as an action makes it: not validated, not looked up.
   */
  JsonObject update(Call call, JsonObject stored, JsonObject params) {
    String collection = call.operation.collection;
    return finish(start(call, collection, null, stored, params), collection);
  }

  /** Sets {@code changes} on a record without any rule: a plain {@code update!} of columns. */
  JsonObject store(Call call, String collection, JsonObject stored, JsonObject changes) {
    Write write = start(call, collection, null, stored, changes);
    merge(changes, write.draft);
    return save(write, collection);
  }

  /**
   * A new record of {@code collection} made on the client's behalf (a child of the path's item),
   * through the collection's write rules and its save.
   */
  JsonObject create(
      Call call,
      String collection,
      @Nullable SchemaView item,
      JsonObject params,
      RequestValidation.@Nullable Outcome validated) {
    Write write = start(call, collection, item, null, params);
    if (validated != null) {
      validated(write, validated);
    }
    return finish(write, collection);
  }

  private static Write start(
      Call call,
      String collection,
      @Nullable SchemaView item,
      @Nullable JsonObject stored,
      JsonObject params) {
    JsonObject draft = stored == null ? newRecord(call, collection, item) : stored.deepCopy();
    return new Write(call, collection, params, stored, draft);
  }

  private JsonObject finish(Write write, String collection) {
    merge(write.params, write.draft);
    for (WriteRule rule : rules.writes(collection)) {
      rule.apply(write);
    }
    return save(write, collection);
  }

  /** {@code save!}: model errors, then the insert or update (a column overflow fails there). */
  private static JsonObject save(Write write, String collection) {
    if (!write.errors.isEmpty()) {
      throw write.errors.toError();
    }
    ApiError failure = write.saveFailure();
    if (failure != null) {
      throw failure;
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
