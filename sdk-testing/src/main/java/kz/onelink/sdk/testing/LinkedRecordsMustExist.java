package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids in the body name records of the same account, or the answer is 404 (the server's {@code
 * scope.find} raising {@code RecordNotFound}), before any validation. A blank optional id clears
 * the link; the required one is also a 404 when a create leaves it out ("resource not found").
 */
final class LinkedRecordsMustExist implements WriteRule {
  private final String requiredKey;
  private final Map<String, String> collections = new LinkedHashMap<>();

  /** {@code requiredKey} (e.g. {@code resource_id}) names a record of {@code collection}. */
  LinkedRecordsMustExist(String requiredKey, String collection) {
    this.requiredKey = requiredKey;
    collections.put(requiredKey, collection);
  }

  /**
   * An optional link: {@code key} (e.g. {@code contact_id}) names a record of {@code collection}.
   */
  LinkedRecordsMustExist link(String key, String collection) {
    collections.put(key, collection);
    return this;
  }

  @Override
  public void apply(Write write) {
    if (write.creating() && !write.sent(requiredKey)) {
      throw ApiError.notFound();
    }
    for (Map.Entry<String, String> link : collections.entrySet()) {
      JsonElement sent = write.params.get(link.getKey());
      if (sent == null || (Json.text(sent) == null && !link.getKey().equals(requiredKey))) {
        continue;
      }
      Long id = Json.number(sent);
      if (id == null || !write.records().has(link.getValue(), id)) {
        throw ApiError.notFound();
      }
    }
  }
}
