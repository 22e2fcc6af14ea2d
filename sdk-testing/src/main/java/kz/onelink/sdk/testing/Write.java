package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * One create or update as the rules see it: what the request sent ({@link #params}, permitted and
 * read like Rails), the record before ({@link #stored}, null on create) and the record after
 * ({@link #draft}), which rules complete, check and change. A rule refuses by throwing {@link
 * ApiError}; nothing is saved then.
 */
final class Write {
  final Call call;

  /**
   * The collection written ({@code appointments}, or a child collection such as {@code
   * work_rules}).
   */
  final String collection;

  final JsonObject params;
  final @Nullable JsonObject stored;
  final JsonObject draft;

  /** The model's validation errors, raised at the save after every rule. */
  final ModelErrors errors = new ModelErrors();

  private @Nullable ApiError saveFailure;

  Write(
      Call call,
      String collection,
      JsonObject params,
      @Nullable JsonObject stored,
      JsonObject draft) {
    this.call = call;
    this.collection = collection;
    this.params = params;
    this.stored = stored;
    this.draft = draft;
  }

  /**
   * Makes the save fail with {@code failure} once the model errors are through (a value its column
   * cannot hold, a foreign key that points nowhere): the first failure wins.
   */
  void failOnSave(ApiError failure) {
    if (saveFailure == null) {
      saveFailure = failure;
    }
  }

  @Nullable ApiError saveFailure() {
    return saveFailure;
  }

  /** The stored value of {@code key} before this write, or null (also on create). */
  @Nullable JsonElement before(String key) {
    return stored == null ? null : Json.get(stored, key);
  }

  /** Whether the draft's {@code key} differs from the stored one (always true on create). */
  boolean willChange(String key) {
    return stored == null || !Json.same(stored.get(key), draft.get(key));
  }

  boolean creating() {
    return stored == null;
  }

  /** Whether the request sent {@code key}, even as null. */
  boolean sent(String key) {
    return params.has(key);
  }

  Records records() {
    return call.account.records;
  }

  long id() {
    return draft.get("id").getAsLong();
  }

  @Nullable String text(String key) {
    return Json.text(draft, key);
  }

  @Nullable Long number(String key) {
    return Json.number(draft, key);
  }

  long amount(String key) {
    return Json.numberOr(draft, key, 0);
  }

  void set(String key, @Nullable String value) {
    draft.add(key, Json.of(value));
  }

  void set(String key, @Nullable Long value) {
    draft.add(key, Json.of(value));
  }

  void set(String key, JsonElement value) {
    draft.add(key, value);
  }
}
