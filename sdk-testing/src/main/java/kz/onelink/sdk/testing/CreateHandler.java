package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /<collection>}: 201 with the new record. With {@code x-onelink-idempotency-key} on
 * the operation, a key the collection already holds replays that record with 200 before anything
 * else is read, the body not compared (contract §2.5); the lookup takes the key as sent, untrimmed,
 * as the server's {@code find_by} does.
 */
final class CreateHandler implements Handler {
  private final Writes writes;

  CreateHandler(Writes writes) {
    this.writes = writes;
  }

  @Override
  public Reply handle(Call call) {
    JsonObject replayed = replayed(call);
    if (replayed != null) {
      return Reply.one(call, 200, replayed);
    }
    return Reply.one(call, call.operation.successStatus, writes.fromBody(call, null));
  }

  private static @Nullable JsonObject replayed(Call call) {
    String field = call.operation.idempotencyKey;
    if (field == null) {
      return null;
    }
    JsonElement key = call.body.get(field);
    if (key == null || !key.isJsonPrimitive() || Json.text(key) == null) {
      return null;
    }
    for (JsonObject record : call.table().all()) {
      JsonElement stored = record.get(field);
      if (stored != null
          && stored.isJsonPrimitive()
          && stored.getAsString().equals(key.getAsString())) {
        return record;
      }
    }
    return null;
  }
}
