package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * A new appointment linked to a contact takes the client's phone, identifier, birth date and gender
 * from the contact where the request gave none. (The server refills them on every write, and the
 * company too: review S11.)
 */
final class ContactDefaults implements WriteRule {
  @Override
  public void apply(Write write) {
    Long contactId = write.number("contact_id");
    JsonObject contact = contactId == null ? null : write.records().find("contacts", contactId);
    if (!write.creating() || contact == null) {
      return;
    }
    fill(write, "client_phone", Json.text(contact, "phone"));
    fill(write, "client_identifier", Json.text(contact, "identifier"));
    fill(write, "client_birth_date", Json.text(contact, "birth_date"));
    fill(write, "client_gender", Json.text(contact, "gender"));
  }

  private static void fill(
      Write write, String key, @org.jspecify.annotations.Nullable String value) {
    if (write.text(key) == null) {
      write.set(key, value);
    }
  }
}
