package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * A value that must be unique among the account's records of the collection, cancelled and imported
 * ones included (a partial unique index): 409 with {@code code} otherwise.
 */
final class UniqueWithinAccount implements WriteRule {
  private final String collection;
  private final String key;
  private final String code;

  UniqueWithinAccount(String collection, String key, String code) {
    this.collection = collection;
    this.key = key;
    this.code = code;
  }

  @Override
  public void apply(Write write) {
    String value = write.text(key);
    if (value == null) {
      return;
    }
    for (JsonObject other : write.records().read(collection)) {
      if (Json.numberOr(other, "id", 0) != write.id() && value.equals(Json.text(other, key))) {
        throw ApiError.conflict(code, key + " must be unique within account");
      }
    }
  }
}
