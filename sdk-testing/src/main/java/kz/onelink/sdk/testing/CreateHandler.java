package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /<collection>}: 201 with the new record. With {@code x-onelink-idempotency-key} on
 * the operation, a key the collection already holds replays that record with 200 before anything
 * else is read, the body not compared (contract §2.5); the lookup takes the key as sent, untrimmed,
 * as the server's {@code find_by} does.
 *
 * <p>The server looks the key up outside its transaction, so a repeat that arrives while the first
 * attempt is still committing misses it and fails on the unique index (409 {@code
 * DUPLICATE_IDEMPOTENCY_KEY}) or on the slot the first attempt holds (409 {@code SLOT_CONFLICT}).
 * Under {@link Fault#IDEMPOTENCY_RACE_DUPLICATE_KEY} or {@link
 * Fault#IDEMPOTENCY_RACE_SLOT_CONFLICT} a create "commits" until its first repeat has met that.
 */
final class CreateHandler implements Handler {
  private final Writes writes;

  CreateHandler(Writes writes) {
    this.writes = writes;
  }

  @Override
  public Reply handle(Call call) {
    String field = call.operation.idempotencyKey;
    String key = field == null ? null : key(call.body.get(field));
    if (key != null) {
      Fault race = call.records().finishCommit(key.trim());
      if (race != null) {
        throw race == Fault.IDEMPOTENCY_RACE_SLOT_CONFLICT
            ? ApiError.conflict("SLOT_CONFLICT", Availability.SLOT_OCCUPIED)
            : ApiError.conflict(
                "DUPLICATE_IDEMPOTENCY_KEY", "idempotency_key must be unique within account");
      }
      JsonObject replayed = replayed(call, field, key);
      if (replayed != null) {
        return Reply.one(call, 200, replayed);
      }
    }
    JsonObject created = writes.fromBody(call, null);
    String stored = field == null ? null : Json.text(created, field);
    if (stored != null && call.fault != null && call.fault.racesItsRepeat()) {
      call.records().committing(stored, call.fault);
    }
    return Reply.one(call, call.operation.successStatus, created);
  }

  private static @Nullable String key(@Nullable JsonElement sent) {
    return sent == null || !sent.isJsonPrimitive() || Json.text(sent) == null
        ? null
        : sent.getAsString();
  }

  private static @Nullable JsonObject replayed(Call call, @Nullable String field, String key) {
    if (field == null) {
      return null;
    }
    for (JsonObject record : call.table().all()) {
      JsonElement stored = record.get(field);
      if (stored != null && stored.isJsonPrimitive() && stored.getAsString().equals(key)) {
        return record;
      }
    }
    return null;
  }
}
