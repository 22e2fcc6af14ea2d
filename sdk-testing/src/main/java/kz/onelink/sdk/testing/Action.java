package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/** The record an {@link ActionRule} acts on, and the ways it may change it. */
final class Action {
  final JsonObject stored;
  private final Call call;
  private final Writes writes;

  Action(Call call, JsonObject stored, Writes writes) {
    this.call = call;
    this.stored = stored;
    this.writes = writes;
  }

  /**
   * Updates the record with values the server chose (not the client's body), through every write
   * rule of the collection, as the server's actions call its upsert service.
   */
  JsonObject update(JsonObject params) {
    return writes.update(call, stored, params);
  }

  /** Sets columns without running any rule ({@code update!(payment_status: 'cancelled')}). */
  JsonObject store(JsonObject changes) {
    return writes.store(call, call.operation.collection, stored, changes);
  }
}
