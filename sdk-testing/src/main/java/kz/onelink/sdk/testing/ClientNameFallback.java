package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code client_name} ({@code upsert_service.rb@e9defc735aef#resolve_client_name}): sent, it must
 * not be blank (422 "client_name is required", no fallback: review S17); left out, it keeps the
 * stored name, else takes the linked contact's name, else its email, else its phone, else the same
 * 422.
 */
final class ClientNameFallback implements WriteRule {
  @Override
  public void apply(Write write) {
    String name = write.sent("client_name") ? write.text("client_name") : fallback(write);
    if (name == null) {
      throw ApiError.validation("client_name is required");
    }
    write.set("client_name", name);
  }

  private static @Nullable String fallback(Write write) {
    String stored = write.text("client_name");
    if (stored != null) {
      return stored;
    }
    JsonObject contact = ServicePricing.record(write, "contacts", "contact_id");
    if (contact == null) {
      return null;
    }
    String name = Json.text(contact, "full_name");
    String email = Json.text(contact, "email");
    return name != null ? name : email != null ? email : Json.text(contact, "phone");
  }
}
