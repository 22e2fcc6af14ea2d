package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Ids in the body name records of the same account, or the answer is 404 (the server's {@code
 * scope.find} raising {@code RecordNotFound}), before any validation. A blank optional id clears
 * the link; the required one is also a 404 when a create leaves it out ("resource not found",
 * {@code upsert_service.rb@e9defc735aef#resolve_resource!}).
 */
final class LinkedRecordsMustExist implements WriteRule {
  private final @Nullable String requiredKey;
  private final Map<String, String> collections = new LinkedHashMap<>();

  private LinkedRecordsMustExist(@Nullable String requiredKey) {
    this.requiredKey = requiredKey;
  }

  /** {@code requiredKey} (e.g. {@code resource_id}) names a record of {@code collection}. */
  static LinkedRecordsMustExist required(String requiredKey, String collection) {
    LinkedRecordsMustExist rule = new LinkedRecordsMustExist(requiredKey);
    rule.collections.put(requiredKey, collection);
    return rule;
  }

  /** Only optional links, e.g. a contact's {@code company_id}. */
  static LinkedRecordsMustExist optional() {
    return new LinkedRecordsMustExist(null);
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
    if (requiredKey != null && write.creating() && !write.sent(requiredKey)) {
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
