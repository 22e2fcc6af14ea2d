package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The client fields the linked contact fills in, at every write ({@code
 * upsert_service.rb@e9defc735aef#resolve_company}, {@code #resolve_client_phone}, {@code
 * #resolve_client_identifier}, {@code #resolve_client_birth_date}, {@code #resolve_client_gender}):
 * a field the request leaves out keeps its stored value, or, when that is null, takes the
 * contact's: {@code company_id}, phone, identifier (else the contact's IIN attribute), birth date
 * (left null when the contact's is not a date) and gender. So a field a PATCH cleared with null
 * comes back at the next write while a contact is linked (review S11).
 */
final class ContactDefaults implements WriteRule {
  @Override
  public void apply(Write write) {
    JsonObject contact = ServicePricing.record(write, "contacts", "contact_id");
    if (contact == null) {
      return;
    }
    Long company = Json.number(contact, "company_id");
    fill(write, "company_id", company == null ? null : company.toString(), true);
    fill(write, "client_phone", Json.text(contact, "phone"), false);
    String identifier = Json.text(contact, "identifier");
    fill(
        write,
        "client_identifier",
        identifier != null
            ? identifier
            : Json.text(Json.object(contact, "custom_attributes"), "iin"),
        false);
    LocalDate birthDate = Times.parseDate(Json.text(contact, "birth_date"));
    fill(write, "client_birth_date", birthDate == null ? null : birthDate.toString(), false);
    fill(write, "client_gender", Json.text(contact, "gender"), false);
  }

  private static void fill(Write write, String key, @Nullable String value, boolean number) {
    if (write.sent(key) || write.text(key) != null || value == null) {
      return;
    }
    if (number) {
      write.set(key, Long.valueOf(value));
    } else {
      write.set(key, value);
    }
  }
}
