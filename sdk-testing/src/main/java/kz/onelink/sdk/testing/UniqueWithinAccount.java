package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * The model's {@code validates :attribute, uniqueness: {scope: ...}}: no other record of the
 * account's collection may hold the same value (and the same scope values), cancelled and imported
 * ones included; blank values are not checked. The error, "External ref has already been taken", is
 * raised at the save, where the base controller answers 409 for {@code external_ref} and {@code
 * idempotency_key} and 422 otherwise ({@link ApiError#recordInvalid}).
 */
final class UniqueWithinAccount implements WriteRule {
  private final String collection;
  private final String attribute;
  private final List<String> scope;

  UniqueWithinAccount(String collection, String attribute, String... scope) {
    this.collection = collection;
    this.attribute = attribute;
    this.scope = Arrays.asList(scope.clone());
  }

  @Override
  public void apply(Write write) {
    if (write.text(attribute) == null) {
      return;
    }
    for (JsonObject other : write.records().read(collection)) {
      if (Json.numberOr(other, "id", 0) != write.id() && same(write.draft, other)) {
        write.errors.addTaken(attribute);
        return;
      }
    }
  }

  private boolean same(JsonObject draft, JsonObject other) {
    if (!Json.same(Json.get(draft, attribute), Json.get(other, attribute))) {
      return false;
    }
    for (String key : scope) {
      if (!Json.same(Json.get(draft, key), Json.get(other, key))) {
        return false;
      }
    }
    return true;
  }
}
