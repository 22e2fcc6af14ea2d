package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * The raw JSON body of a create, update or replacement as {@link BodyRule}s see it, before {@code
 * params.permit}: rules may drop or add keys, refuse, or answer the request themselves.
 */
final class Body {
  final Call call;

  /** The record addressed (update), or null (create). */
  final @Nullable JsonObject stored;

  /** The body sent; rules change it in place. */
  final JsonObject raw;

  private final Writes writes;
  private @Nullable JsonObject answer;

  Body(Call call, @Nullable JsonObject stored, JsonObject raw, Writes writes) {
    this.call = call;
    this.stored = stored;
    this.raw = raw;
    this.writes = writes;
  }

  /** Answers the request with what the collection's action {@code name} makes of the record. */
  void answerWithAction(String name) {
    ActionRule action = call.rules.action(call.operation.collection, name);
    JsonObject record = stored;
    if (action == null || record == null) {
      throw new IllegalStateException("no " + name + " action for " + call.operation);
    }
    answer = action.perform(new Action(call, record, writes));
  }

  @Nullable JsonObject answer() {
    return answer;
  }
}
