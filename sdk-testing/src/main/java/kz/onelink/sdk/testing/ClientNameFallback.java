package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * An appointment without a {@code client_name} takes the linked contact's name, else its email,
 * else its phone; with none of them it is refused (422 "client_name is required").
 */
final class ClientNameFallback implements WriteRule {
  @Override
  public void apply(Write write) {
    if (write.text("client_name") != null) {
      return;
    }
    String name = contactName(write);
    if (name == null) {
      throw ApiError.validation("client_name is required");
    }
    write.set("client_name", name);
  }

  private static @Nullable String contactName(Write write) {
    Long contactId = write.number("contact_id");
    JsonObject contact = contactId == null ? null : write.records().find("contacts", contactId);
    if (contact == null) {
      return null;
    }
    String name = Json.text(contact, "full_name");
    String email = Json.text(contact, "email");
    return name != null ? name : email != null ? email : Json.text(contact, "phone");
  }
}
